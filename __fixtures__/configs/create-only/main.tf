# Three new resources from empty state: every entry is a plain create.
resource "terraform_data" "web" {
  input = "web-v1"
}

resource "terraform_data" "worker" {
  input = { size = "small", replicas = 2 }
}

resource "terraform_data" "scheduler" {
  triggers_replace = ["cron"]
}

output "web_id" {
  value = terraform_data.web.id
}
