# terraform_data supports import: one import that also sets `input` (import + update) and one
# import that changes nothing (import + no-op), next to a plain create.
import {
  to = terraform_data.imported
  id = "existing-id-1"
}

import {
  to = terraform_data.imported_same
  id = "existing-id-2"
}

resource "terraform_data" "imported" {
  input = "adopted"
}

resource "terraform_data" "imported_same" {
}

resource "terraform_data" "fresh" {
  input = "new"
}
