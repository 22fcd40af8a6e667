# module.app shrinks from 3 nodes to 1 (two deletes, one update); module.legacy is removed (all deleted);
# module.new is added (creates).
module "app" {
  source = "./modules/app"
  name   = "app"
  size   = 1
}

module "new" {
  source = "./modules/app"
  name   = "new"
  size   = 1
}
