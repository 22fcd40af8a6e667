resource "terraform_data" "to_update" {
  input = "v1"
}

resource "terraform_data" "to_delete" {
  input = "bye"
}

resource "terraform_data" "to_replace" {
  input            = "r"
  triggers_replace = ["1"]
}

resource "terraform_data" "to_replace_cbd" {
  input            = "c"
  triggers_replace = ["1"]
  lifecycle {
    create_before_destroy = true
  }
}

resource "terraform_data" "unchanged" {
  input = "same"
}

resource "terraform_data" "to_move" {
  input = "m"
}
