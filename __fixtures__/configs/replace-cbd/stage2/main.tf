# create_before_destroy turns the replacement into ["create","delete"].
resource "terraform_data" "lb" {
  input            = "load-balancer"
  triggers_replace = ["rev-2"]
  lifecycle {
    create_before_destroy = true
  }
}
