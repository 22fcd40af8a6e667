/**
 * Discovery on in-memory repositories, parsed by the real HCL parser (@cdktf/hcl2json).
 */
import { describe, expect, it } from '@jest/globals'
import { parseHcl } from '../../src/action/adapters/hcl-parser.js'
import { discoverModules } from '../../src/discovery/discover.js'
import { DiscoveryError } from '../../src/discovery/errors.js'
import type { DiscoveryRequest, FileChange } from '../../src/discovery/types.js'
import { added, deleted, DEFAULT_ENVS, memoryRepo, modified, monorepoFiles, root } from './memory-repo.js'

function request(
  files: Record<string, string>,
  changes?: FileChange[],
  extra: Partial<DiscoveryRequest> = {}
): DiscoveryRequest {
  return {
    repository: memoryRepo(files),
    changes,
    environments: DEFAULT_ENVS,
    fallbackEnvironment: 'dev',
    parseHcl,
    ...extra
  }
}

const folders = async (
  files: Record<string, string>,
  changes?: FileChange[],
  extra: Partial<DiscoveryRequest> = {}
) => (await discoverModules(request(files, changes, extra))).modules.map(module => module.working_directory)

describe('affected root modules in the fixture monorepo', () => {
  it('a change in the shared module affects all three environments', async () => {
    const result = await discoverModules(request(monorepoFiles(), modified('modules/network/main.tf')))
    expect(result.modules).toEqual([
      { working_directory: 'environments/dev', environment: 'dev', slug: 'environments-dev' },
      { working_directory: 'environments/prod', environment: 'prod', slug: 'environments-prod' },
      { working_directory: 'environments/staging', environment: 'staging', slug: 'environments-staging' }
    ])
    expect(result.rootModules).toBe(3)
    expect(result.changedFiles).toEqual(['modules/network/main.tf'])
    expect(result.removedModules).toEqual([])
  })

  it('a change in a nested module reaches every caller transitively', async () => {
    expect(await folders(monorepoFiles(), modified('modules/network/subnets/main.tf'))).toEqual([
      'environments/dev',
      'environments/prod',
      'environments/staging'
    ])
  })

  it('a change in environments/dev affects dev only', async () => {
    expect(await folders(monorepoFiles(), modified('environments/dev/main.tf'))).toEqual(['environments/dev'])
  })

  it.each(['terraform.tfvars', '.terraform.lock.hcl', 'versions.tf', 'templates/user-data.sh'])(
    'a changed %s affects its module',
    async file => {
      expect(await folders(monorepoFiles(), modified(`environments/prod/${file}`))).toEqual([
        'environments/prod'
      ])
    }
  )

  it('files outside every module affect nothing', async () => {
    const result = await discoverModules(
      request(monorepoFiles(), modified('README.md', '.github/workflows/ci.yml'))
    )
    expect(result.modules).toEqual([])
    expect(result.changedFiles).toEqual(['.github/workflows/ci.yml', 'README.md'])
  })

  it('all lists every root module, never the shared ones', async () => {
    expect(await folders(monorepoFiles())).toEqual([
      'environments/dev',
      'environments/prod',
      'environments/staging'
    ])
  })

  it('registry and git sources are not followed', async () => {
    const files = { ...monorepoFiles(), 'vendor/vpc/main.tf': 'resource "terraform_data" "v" {}\n' }
    // vendor/vpc is called by nobody local, so it is a root of its own; the registry call does not make it a child.
    expect(await folders(files)).toContain('vendor/vpc')
    expect(await folders(files, modified('vendor/vpc/main.tf'))).toEqual(['vendor/vpc'])
  })

  it('reads module calls from .tf.json and .tofu files', async () => {
    const files = {
      'live/a/main.tf.json': JSON.stringify({ module: { net: { source: '../../shared/net' } } }),
      'live/b/main.tofu': root(['../../shared/db']),
      'shared/net/main.tf': '',
      'shared/db/main.tf': ''
    }
    expect(await folders(files)).toEqual(['live/a', 'live/b'])
    expect(await folders(files, modified('shared/net/main.tf'))).toEqual(['live/a'])
    expect(await folders(files, modified('shared/db/main.tf'))).toEqual(['live/b'])
  })

  it('does not need the word module in files that call nothing (they are not parsed)', async () => {
    const files = { 'app/main.tf': 'resource "x" "y" {\n broken = \n' }
    expect(await folders(files)).toEqual(['app'])
  })

  it('a root module at the repository root is "."', async () => {
    expect(
      await folders(
        { 'main.tf': root(['./modules/a']), 'modules/a/main.tf': '' },
        modified('modules/a/main.tf')
      )
    ).toEqual(['.'])
  })
})

describe('removed root modules', () => {
  const before = (files: Record<string, string>) => async (path: string) => files[path]

  it('a deleted root module is reported apart and not planned', async () => {
    const old = monorepoFiles()
    const now = { ...old }
    for (const path of Object.keys(now)) if (path.startsWith('environments/staging/')) delete now[path]
    const changes = deleted(...Object.keys(old).filter(path => path.startsWith('environments/staging/')))
    const result = await discoverModules(request(now, changes, { readBefore: before(old) }))
    expect(result.modules).toEqual([])
    expect(result.removedModules).toEqual([
      { working_directory: 'environments/staging', environment: 'staging', slug: 'environments-staging' }
    ])
  })

  it('a deleted shared module whose callers moved on is not a removed root module', async () => {
    const old: Record<string, string> = { ...monorepoFiles(), 'modules/legacy/main.tf': '' }
    old['environments/dev/main.tf'] = root(['../../modules/network', '../../modules/legacy'])
    const now = { ...old }
    delete now['modules/legacy/main.tf']
    now['environments/dev/main.tf'] = root(['../../modules/network'])
    const changes = [...deleted('modules/legacy/main.tf'), ...modified('environments/dev/main.tf')]
    const result = await discoverModules(request(now, changes, { readBefore: before(old) }))
    expect(result.removedModules).toEqual([])
    expect(result.modules.map(module => module.working_directory)).toEqual(['environments/dev'])
  })

  it('deleting a module that is still called affects its callers (their init will fail)', async () => {
    const now = monorepoFiles()
    delete now['modules/network/subnets/main.tf']
    const result = await discoverModules(request(now, deleted('modules/network/subnets/main.tf')))
    expect(result.modules).toHaveLength(3)
    expect(result.removedModules).toEqual([])
  })

  it('a renamed root module is a removed one plus a new one', async () => {
    const now = monorepoFiles()
    now['environments/qa/main.tf'] = now['environments/dev/main.tf']
    delete now['environments/dev/main.tf']
    const changes: FileChange[] = [
      { status: 'renamed', previousPath: 'environments/dev/main.tf', path: 'environments/qa/main.tf' }
    ]
    // The dev folder still holds variables.tf etc., so only a full move removes it.
    for (const path of Object.keys(now)) if (path.startsWith('environments/dev/')) delete now[path]
    const result = await discoverModules(request(now, changes, { readBefore: before(monorepoFiles()) }))
    expect(result.modules).toEqual([
      { working_directory: 'environments/qa', environment: 'dev', slug: 'environments-qa' }
    ])
    expect(result.removedModules).toEqual([
      { working_directory: 'environments/dev', environment: 'dev', slug: 'environments-dev' }
    ])
    expect(result.changedFiles).toEqual(['environments/dev/main.tf', 'environments/qa/main.tf'])
  })

  it('without the earlier texts, every deleted module folder is reported (the cautious answer)', async () => {
    const now = monorepoFiles()
    const result = await discoverModules(request(now, deleted('modules/legacy/main.tf')))
    expect(result.removedModules.map(module => module.working_directory)).toEqual(['modules/legacy'])
  })
})

describe('bad input fails with the file named', () => {
  const expectError = async (promise: Promise<unknown>, ...parts: (string | RegExp)[]) => {
    const error = await promise.then(
      () => undefined,
      (thrown: unknown) => thrown
    )
    expect(error).toBeInstanceOf(DiscoveryError)
    for (const part of parts) expect((error as Error).message).toMatch(part)
  }

  it.each(['../../../etc', '../../../../../../../../etc/passwd', './../../..'])(
    'a source leaving the repository (%s)',
    async source => {
      await expectError(
        discoverModules(request({ 'live/prod/main.tf': root([source]) })),
        "'live/prod/main.tf'",
        'points outside the repository'
      )
    }
  )

  it.each(['/etc', 'C:\\modules\\x', 'file:///etc', '\\\\server\\share'])(
    'an absolute source (%s)',
    async source => {
      await expectError(
        discoverModules(request({ 'a/main.tf': root([source.replace(/\\/g, '\\\\')]) })),
        "'a/main.tf'",
        'absolute source'
      )
    }
  )

  it('a source built from an expression', async () => {
    await expectError(
      discoverModules(request({ 'a/main.tf': 'module "x" {\n  source = "${var.where}"\n}\n' })),
      "'a/main.tf'",
      'plain string'
    )
  })

  it('a cycle between local modules names every call on it', async () => {
    const files = {
      'live/main.tf': root(['../m/a']),
      'm/a/main.tf': root(['../b']),
      'm/b/main.tf': root(['../c']),
      'm/c/main.tf': root(['../a'])
    }
    await expectError(
      discoverModules(request(files)),
      'cycle',
      "'m/a/main.tf'",
      "'m/b/main.tf'",
      "'m/c/main.tf'"
    )
  })

  it('a module calling itself is a cycle', async () => {
    await expectError(discoverModules(request({ 'a/main.tf': root(['./']) })), 'cycle')
  })

  it('an unparsable unchanged file is an error naming it', async () => {
    const files = { ...monorepoFiles(), 'environments/prod/broken.tf': 'module "x" {\n  source = \n' }
    await expectError(
      discoverModules(request(files, modified('environments/dev/main.tf'))),
      "'environments/prod/broken.tf'",
      'does not parse'
    )
  })

  it('an unparsable changed file still marks its module affected, with a warning', async () => {
    const files = { ...monorepoFiles(), 'modules/network/broken.tf': 'module "x" {\n  source = \n' }
    const result = await discoverModules(request(files, added('modules/network/broken.tf')))
    expect(result.modules).toHaveLength(3)
    expect(result.warnings.join('\n')).toMatch(
      /'modules\/network\/broken\.tf' does not parse .*treated as affected/
    )
  })

  it('an unparsable .tf.json file is an error naming it', async () => {
    await expectError(discoverModules(request({ 'a/main.tf.json': '{"module": ' })), "'a/main.tf.json'")
  })

  it('lists every problem at once', async () => {
    const files = { 'a/main.tf': root(['../../x']), 'b/main.tf': root(['/abs']) }
    await expectError(discoverModules(request(files)), '2 problem', "'a/main.tf'", "'b/main.tf'")
  })
})

describe('environments', () => {
  const envs = (paths: Record<string, string[]>) =>
    DEFAULT_ENVS.map(env => ({ ...env, paths: paths[env.name] ?? [] }))

  it('policy paths win over folder names', async () => {
    const result = await discoverModules(
      request({ 'accounts/dev-like/main.tf': '' }, undefined, {
        environments: envs({ prod: ['accounts/*'] })
      })
    )
    expect(result.modules).toEqual([
      { working_directory: 'accounts/dev-like', environment: 'prod', slug: 'accounts-dev--like' }
    ])
  })

  it('aliases in folder names resolve to the canonical name, case-insensitively', async () => {
    const result = await discoverModules(
      request({ 'live/Production/eu/main.tf': '', 'live/stg/main.tf': '' })
    )
    expect(result.modules).toEqual([
      { working_directory: 'live/Production/eu', environment: 'prod', slug: 'live-Production-eu' },
      { working_directory: 'live/stg', environment: 'staging', slug: 'live-stg' }
    ])
  })

  it('a module no rule names gets the fallback environment', async () => {
    const result = await discoverModules(
      request({ 'services/api/main.tf': '' }, undefined, { fallbackEnvironment: 'prod' })
    )
    expect(result.modules).toEqual([
      { working_directory: 'services/api', environment: 'prod', slug: 'services-api' }
    ])
  })

  it('two environments claiming one module by policy is an error', async () => {
    const promise = discoverModules(
      request({ 'live/prod/main.tf': '' }, undefined, {
        environments: envs({ prod: ['live/**'], staging: ['live/*'] })
      })
    )
    await expect(promise).rejects.toThrow(
      /'live\/prod' matches the paths of 2 environments: staging \(live\/\*\) and prod \(live\/\*\*\)|prod \(live\/\*\*\) and staging/
    )
  })

  it('two environments in one folder path is an error', async () => {
    await expect(discoverModules(request({ 'dev/prod/main.tf': '' }))).rejects.toThrow(
      /environments \(dev, prod\)/
    )
  })

  it('a policy path makes a called module a root too, with a warning', async () => {
    const result = await discoverModules(
      request(monorepoFiles(), undefined, { environments: envs({ staging: ['modules/network'] }) })
    )
    expect(result.modules.map(module => module.working_directory)).toContain('modules/network')
    expect(result.warnings.join('\n')).toMatch(/'modules\/network' is called as a module/)
  })
})

describe('hostile folder names', () => {
  it.each([
    ['a space', 'live/my env'],
    ['command substitution', 'live/$(curl evil)'],
    ['a backtick', 'live/`id`'],
    ['a quote', "live/it's"],
    ['a newline', 'live/x\n::set-output name=modules::[]'],
    ['a bidi override', 'live/\u202eprod'],
    ['a leading dash', 'live/-rf']
  ])('a root module whose folder has %s is refused, escaped in the message', async (_label, folder) => {
    const error = await discoverModules(request({ [`${folder}/main.tf`]: '' })).catch(
      (thrown: Error) => thrown
    )
    expect(error).toBeInstanceOf(DiscoveryError)
    const message = (error as Error).message
    expect(message).toMatch(/cannot be passed to a workflow safely/)
    expect(message).not.toContain('\n::')
    expect(message).not.toContain('\u202e')
  })

  it('letters of any script are accepted', async () => {
    expect(await folders({ '환경/운영/main.tf': '', 'infra/données_prod.v2/main.tf': '' })).toEqual([
      'infra/données_prod.v2',
      '환경/운영'
    ])
  })

  it('an unsafe folder that is only a called module is not an output and is fine', async () => {
    expect(await folders({ 'live/main.tf': root(['../my modules/x']), 'my modules/x/main.tf': '' })).toEqual([
      'live'
    ])
  })
})

describe('links', () => {
  it('a source through a linked folder resolves to the real folder', async () => {
    const files = { 'live/dev/main.tf': root(['./shared/net']), 'modules/net/main.tf': '' }
    const repository = memoryRepo(files, [{ path: 'live/dev/shared', target: 'modules', kind: 'folder' }])
    const result = await discoverModules({ ...request(files, modified('modules/net/main.tf')), repository })
    expect(result.modules.map(module => module.working_directory)).toEqual(['live/dev'])
  })

  it('a linked file makes its module depend on the target', async () => {
    const files = { 'live/dev/main.tf': '', 'common/providers.tf': 'provider "aws" {}\n' }
    const repository = memoryRepo(files, [
      { path: 'live/dev/providers.tf', target: 'common/providers.tf', kind: 'file' }
    ])
    const result = await discoverModules({ ...request(files, modified('common/providers.tf')), repository })
    expect(result.modules.map(module => module.working_directory)).toContain('live/dev')
  })

  it('a configuration file linked from outside the repository is refused', async () => {
    const repository = memoryRepo({ 'live/main.tf': '' }, [{ path: 'live/evil.tf' }])
    await expect(discoverModules({ ...request({}), repository })).rejects.toThrow(
      /'live\/evil\.tf' is a configuration file linked from outside/
    )
  })

  it('a source through a link leaving the repository is refused', async () => {
    const files = { 'live/main.tf': root(['./ext/mod']) }
    const repository = memoryRepo(files, [{ path: 'live/ext' }])
    await expect(discoverModules({ ...request(files), repository })).rejects.toThrow(
      /points outside the repository/
    )
  })
})
