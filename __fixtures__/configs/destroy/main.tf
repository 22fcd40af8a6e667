# Applied first, then planned with -destroy: every resource is deleted.
resource "terraform_data" "network" {
  input = "net"
}

resource "terraform_data" "app" {
  count = 2
  input = "app-${count.index}"
}

output "network_id" {
  value = terraform_data.network.id
}
