# A data source whose configuration is unknown until apply: planned as a "read" (mode data), never a change.
resource "terraform_data" "source" {
  input = "state.tfstate"
}

data "terraform_remote_state" "upstream" {
  backend = "local"
  config = {
    path = terraform_data.source.output
  }
}
