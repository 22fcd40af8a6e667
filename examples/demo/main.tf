# A small root module for `npm run demo`. It uses only Terraform's built-in terraform_data
# resource, so it plans and applies offline with no provider downloads.
#
# The demo applies it once with the "yesterday" values (three app replicas, schema 1), then plans
# with today's defaults: one replica removed (delete) and the database replaced (schema bump),
# which is exactly what the production gate must stop.

terraform {
  required_version = ">= 1.5.0"
}

variable "replicas" {
  description = "App replicas to run."
  type        = set(string)
  default     = ["blue", "green"]
}

variable "schema_version" {
  description = "Bumping it replaces the database (triggers_replace)."
  type        = string
  default     = "2"
}

variable "db_password" {
  description = "Never shown in reports: Terraform marks it sensitive."
  type        = string
  default     = "correct-horse-battery-staple"
  sensitive   = true
}

resource "terraform_data" "orders_db" {
  triggers_replace = [var.schema_version]
  input = {
    engine   = "postgres"
    password = var.db_password
  }
}

resource "terraform_data" "app" {
  for_each = var.replicas
  input = {
    name  = "app-${each.key}"
    image = "registry.example.com/app:1.4.2"
  }
}

resource "terraform_data" "dns" {
  input = {
    zone    = "example.com"
    records = [for name in sort(tolist(var.replicas)) : "${name}.example.com"]
  }
}

output "app_names" {
  value = sort([for app in terraform_data.app : app.output.name])
}
