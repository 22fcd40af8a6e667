variable "name" {
  type = string
}

variable "size" {
  type = number
}

resource "terraform_data" "node" {
  count = var.size
  input = "${var.name}-${count.index}"
}

resource "terraform_data" "config" {
  input = { name = var.name, size = var.size }
}

output "config_id" {
  value = terraform_data.config.id
}
