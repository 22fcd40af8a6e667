resource "terraform_data" "item" {
  count = 12
  input = "item-${count.index}"
}

resource "terraform_data" "anchor" {
  input = "anchor"
}
