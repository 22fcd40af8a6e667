resource "terraform_data" "kept" {
  input = "k"
}

resource "terraform_data" "handed_over" {
  input = "now managed elsewhere"
}
