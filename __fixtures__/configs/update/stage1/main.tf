resource "terraform_data" "app" {
  input = { image = "app:1.0", replicas = 2, tags = { team = "core" } }
}

resource "terraform_data" "unchanged" {
  input = "same"
}
