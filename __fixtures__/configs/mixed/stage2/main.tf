# One of everything: create, update, delete, replace, create-before-destroy replace, no-op, move.
resource "terraform_data" "created" {
  input = "new"
}

resource "terraform_data" "to_update" {
  input = "v2"
}

resource "terraform_data" "to_replace" {
  input            = "r"
  triggers_replace = ["2"]
}

resource "terraform_data" "to_replace_cbd" {
  input            = "c"
  triggers_replace = ["2"]
  lifecycle {
    create_before_destroy = true
  }
}

resource "terraform_data" "unchanged" {
  input = "same"
}

moved {
  from = terraform_data.to_move
  to   = terraform_data.moved
}

resource "terraform_data" "moved" {
  input = "m"
}
