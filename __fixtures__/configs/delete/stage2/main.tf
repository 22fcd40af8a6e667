# old_a and old_b were removed from the configuration after an apply: two deletes.
resource "terraform_data" "keep" {
  input = "keep"
}
