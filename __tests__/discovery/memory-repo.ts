/**
 * In-memory repositories for discovery tests, and the fixture monorepo: three environments calling
 * a shared network module, which calls a nested subnets module.
 */
import type {
  DiscoveryEnvironment,
  FileChange,
  RepositoryView,
  SymlinkEntry
} from '../../src/discovery/types.js'

/** A repository view over a map of path → text. */
export function memoryRepo(files: Record<string, string>, symlinks: SymlinkEntry[] = []): RepositoryView {
  return {
    files: Object.keys(files),
    symlinks,
    readText: path => {
      const text = files[path]
      if (text === undefined) throw new Error(`test repo has no file ${path}`)
      return text
    }
  }
}

/** The built-in environments as discovery sees them (no policy paths). */
export const DEFAULT_ENVS: DiscoveryEnvironment[] = [
  { name: 'dev', aliases: ['development'], paths: [] },
  { name: 'staging', aliases: ['stage', 'stg'], paths: [] },
  { name: 'prod', aliases: ['production', 'prd'], paths: [] }
]

export const root = (calls: string[] = [], extra = ''): string =>
  calls.map((source, i) => `module "m${i}" {\n  source = "${source}"\n}\n`).join('') + extra

/** The fixture monorepo. */
export function monorepoFiles(): Record<string, string> {
  const files: Record<string, string> = {}
  for (const env of ['dev', 'staging', 'prod']) {
    files[`environments/${env}/main.tf`] = root(['../../modules/network', 'terraform-aws-modules/vpc/aws'])
    files[`environments/${env}/variables.tf`] = 'variable "region" {\n  type = string\n}\n'
    files[`environments/${env}/terraform.tfvars`] = 'region = "eu-west-1"\n'
    files[`environments/${env}/versions.tf`] = 'terraform {\n  required_version = ">= 1.5"\n}\n'
    files[`environments/${env}/.terraform.lock.hcl`] = '# lock\n'
  }
  files['modules/network/main.tf'] = root(['./subnets', 'git::https://example.com/x.git'])
  files['modules/network/outputs.tf'] = 'output "id" {\n  value = "x"\n}\n'
  files['modules/network/subnets/main.tf'] = 'resource "terraform_data" "s" {}\n'
  files['README.md'] = '# infra\n'
  return files
}

export const modified = (...paths: string[]): FileChange[] =>
  paths.map(path => ({ status: 'modified', path }))
export const deleted = (...paths: string[]): FileChange[] => paths.map(path => ({ status: 'deleted', path }))
export const added = (...paths: string[]): FileChange[] => paths.map(path => ({ status: 'added', path }))
