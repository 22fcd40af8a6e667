# A removed block with destroy = false: Terraform forgets the object without destroying it.
resource "terraform_data" "kept" {
  input = "k"
}

removed {
  from = terraform_data.handed_over
  lifecycle {
    destroy = false
  }
}
