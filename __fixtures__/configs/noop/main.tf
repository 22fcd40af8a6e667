# Applied first, then planned again: nothing changes.
resource "terraform_data" "a" {
  input = "a"
}

resource "terraform_data" "b" {
  input            = { x = 1 }
  triggers_replace = ["t"]
}

output "a_input" {
  value = terraform_data.a.input
}
