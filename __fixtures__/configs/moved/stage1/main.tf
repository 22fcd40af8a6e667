resource "terraform_data" "old_name" {
  input = "stays"
}

resource "terraform_data" "legacy" {
  input = "v1"
}
