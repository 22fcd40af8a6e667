variable "db_password" {
  type      = string
  sensitive = true
  default   = "s3cr3t-stage-one-PW"
}

resource "terraform_data" "creds" {
  input = {
    user     = "admin"
    password = var.db_password
  }
}
