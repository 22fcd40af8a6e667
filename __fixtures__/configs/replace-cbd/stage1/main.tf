resource "terraform_data" "lb" {
  input            = "load-balancer"
  triggers_replace = ["rev-1"]
  lifecycle {
    create_before_destroy = true
  }
}
