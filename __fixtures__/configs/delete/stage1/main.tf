resource "terraform_data" "keep" {
  input = "keep"
}

resource "terraform_data" "old_a" {
  input = "a"
}

resource "terraform_data" "old_b" {
  input = { name = "b", size = 10 }
}
