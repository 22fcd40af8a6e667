# old_name is only renamed (move, no-op); legacy is renamed and its input changes (move + update).
moved {
  from = terraform_data.old_name
  to   = terraform_data.new_name
}

moved {
  from = terraform_data.legacy
  to   = terraform_data.current
}

resource "terraform_data" "new_name" {
  input = "stays"
}

resource "terraform_data" "current" {
  input = "v2"
}
