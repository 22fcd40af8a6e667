# A triggers_replace change forces delete-then-create: ["delete","create"].
resource "terraform_data" "db" {
  input            = "database"
  triggers_replace = ["rev-2"]
}
