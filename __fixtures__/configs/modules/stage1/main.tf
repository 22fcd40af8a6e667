module "app" {
  source = "./modules/app"
  name   = "app"
  size   = 3
}

module "legacy" {
  source = "./modules/app"
  name   = "legacy"
  size   = 1
}
