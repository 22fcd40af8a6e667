# The sensitive password changes (update with before/after sensitive marks); a new resource nests
# the sensitive value inside a map and a list; `api_token` is NOT marked sensitive but looks secret.
variable "db_password" {
  type      = string
  sensitive = true
  default   = "s3cr3t-stage-two-PW"
}

variable "nested_secret" {
  type      = string
  sensitive = true
  default   = "nested-sensitive-VALUE-42"
}

resource "terraform_data" "creds" {
  input = {
    user     = "admin2"
    password = var.db_password
  }
}

resource "terraform_data" "app_config" {
  input = {
    name      = "app"
    api_token = "plain-api-token-xyz789"
    settings = {
      region  = "eu-west-1"
      secrets = ["public-item", var.nested_secret]
      inner   = { key = var.nested_secret }
    }
  }
}

output "db_password" {
  value     = var.db_password
  sensitive = true
}

output "app_name" {
  value = terraform_data.app_config.input.name
}
