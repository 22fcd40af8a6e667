resource "terraform_data" "db" {
  input            = "database"
  triggers_replace = ["rev-1"]
}
