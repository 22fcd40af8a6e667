# Twelve resources removed at once: above the default deletion threshold of 10.
resource "terraform_data" "item" {
  count = 0
  input = "item-${count.index}"
}

resource "terraform_data" "anchor" {
  input = "anchor"
}
