# The `input` changes in place: an update; `unchanged` stays a no-op.
resource "terraform_data" "app" {
  input = { image = "app:1.1", replicas = 3, tags = { team = "core", owner = "ops" } }
}

resource "terraform_data" "unchanged" {
  input = "same"
}
