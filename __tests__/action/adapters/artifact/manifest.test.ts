/**
 * The manifest on its own: hashing, identity checks, the shape check, and what allow_stale_plan may
 * and may not relax. Files live in a temporary folder; no service is involved.
 */
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createHash, randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ArtifactError } from '../../../../src/errors.js'
import {
  buildManifest,
  MANIFEST_SCHEMA_VERSION,
  ManifestMismatchError,
  normalizeWorkingDirectory,
  parseManifest,
  verifyManifest,
  type PlanManifest
} from '../../../../src/action/adapters/artifact/manifest.js'
import { FIXTURE_COUNTS } from '../../../helpers/plan-fixture.js'

const SHA = '0123456789abcdef0123456789abcdef01234567'
const IDENTITY = { commitSha: SHA, workingDirectory: 'stacks/web', environment: 'production' }
const root = mkdtempSync(join(tmpdir(), 'infra-guard-manifest-'))
let dir: string
let manifest: PlanManifest
let cases = 0
// 3 MiB: several read chunks in both the streamed and the synchronous hashing paths.
const big = randomBytes(3 * 1024 * 1024 + 17)
const planJson = JSON.stringify({ format_version: '1.2', resource_changes: [] })

beforeEach(async () => {
  dir = join(root, `case-${++cases}`)
  mkdirSync(dir)
  writeFileSync(join(dir, 'plan.tfplan'), big)
  writeFileSync(join(dir, 'plan.json'), planJson)
  manifest = await buildManifest({
    files: ['plan.tfplan', 'plan.json'].map(name => ({ name, path: join(dir, name) })),
    ...IDENTITY,
    workingDirectory: './stacks/web/',
    terraformVersion: '1.11.0',
    counts: FIXTURE_COUNTS,
    risk: {
      level: 'high',
      reasons: [{ rule: 'deletes', level: 'high', description: '1 resource deleted', addresses: ['a.b'] }]
    },
    now: new Date('2025-01-02T03:04:05Z')
  })
})

afterAll(() => rmSync(root, { recursive: true, force: true }))

function failure(action: () => unknown): ManifestMismatchError {
  try {
    action()
  } catch (error) {
    if (error instanceof ManifestMismatchError) return error
    throw error
  }
  throw new Error('expected a ManifestMismatchError, got none')
}

describe('buildManifest', () => {
  it('records the sha256 and size of every file and the run identity', () => {
    const sha = (data: Buffer | string): string => createHash('sha256').update(data).digest('hex')
    expect(manifest).toEqual({
      schemaVersion: MANIFEST_SCHEMA_VERSION,
      kind: 'infra-guard-plan',
      createdAt: '2025-01-02T03:04:05.000Z',
      commitSha: SHA,
      workingDirectory: 'stacks/web',
      environment: 'production',
      terraformVersion: '1.11.0',
      counts: FIXTURE_COUNTS,
      risk: {
        level: 'high',
        reasons: [{ rule: 'deletes', level: 'high', description: '1 resource deleted' }]
      },
      files: [
        { name: 'plan.tfplan', sha256: sha(big), size: big.length },
        { name: 'plan.json', sha256: sha(planJson), size: Buffer.byteLength(planJson) }
      ]
    })
  })

  it('accepts a bare risk level', async () => {
    const built = await buildManifest({
      files: [{ name: 'plan.json', path: join(dir, 'plan.json') }],
      ...IDENTITY,
      counts: FIXTURE_COUNTS,
      risk: 'none'
    })
    expect(built.risk).toEqual({ level: 'none', reasons: [] })
    expect(built.terraformVersion).toBeUndefined()
  })

  it.each([
    ['manifest.json', /not allowed/],
    ['../plan.json', /not allowed/],
    ['sub/plan.json', /not allowed/],
    ['..', /not allowed/]
  ])('rejects the file name %s', async (name, message) => {
    await expect(
      buildManifest({
        files: [{ name, path: join(dir, 'plan.json') }],
        ...IDENTITY,
        counts: FIXTURE_COUNTS,
        risk: 'low'
      })
    ).rejects.toThrow(message)
  })

  it('rejects duplicate names, an empty file list and unreadable files', async () => {
    const base = { ...IDENTITY, counts: FIXTURE_COUNTS, risk: 'low' as const }
    const file = { name: 'plan.json', path: join(dir, 'plan.json') }
    await expect(buildManifest({ ...base, files: [file, file] })).rejects.toThrow(/given twice/)
    await expect(buildManifest({ ...base, files: [] })).rejects.toThrow(/at least one file/)
    const missing = join(dir, 'nope.json')
    await expect(buildManifest({ ...base, files: [{ name: 'nope.json', path: missing }] })).rejects.toThrow(
      `Cannot read '${missing}'`
    )
  })
})

describe('verifyManifest identity', () => {
  it('passes when files and identity match, normalising the working directory', () => {
    const result = verifyManifest(manifest, dir, { ...IDENTITY, workingDirectory: 'stacks//web/.' })
    expect(result).toEqual({ manifest, verifiedFiles: ['plan.tfplan', 'plan.json'], staleRelaxed: false })
  })

  it.each([
    ['commitSha', { commitSha: 'ffffffffffffffffffffffffffffffffffffffff' }, 'commit SHA differs'],
    ['workingDirectory', { workingDirectory: 'stacks/api' }, 'working directory differs'],
    ['environment', { environment: 'staging' }, 'environment differs']
  ])('names a different %s with both values', (field, change, label) => {
    const expected = { ...IDENTITY, ...change }
    const error = failure(() => verifyManifest(manifest, dir, expected, { allowStalePlan: false }))
    const value = Object.values(change)[0]
    const recorded = field === 'workingDirectory' ? 'stacks/web' : IDENTITY[field as keyof typeof IDENTITY]
    expect(error.mismatches).toEqual([{ field, expected: `'${value}'`, found: `'${recorded}'` }])
    expect(error.message).toContain(`${label}: this run has '${value}', the plan artifact has '${recorded}'`)
    expect(error).toBeInstanceOf(ArtifactError)
  })

  it('lists every differing field at once', () => {
    const error = failure(() =>
      verifyManifest(manifest, dir, { commitSha: 'ab', workingDirectory: '.', environment: 'dev' })
    )
    expect(error.mismatches.map(m => m.field)).toEqual(['commitSha', 'workingDirectory', 'environment'])
  })

  it('compares commit SHAs without regard to case, and an empty one is a mismatch', () => {
    expect(verifyManifest(manifest, dir, { ...IDENTITY, commitSha: SHA.toUpperCase() }).staleRelaxed).toBe(
      false
    )
    const error = failure(() => verifyManifest(manifest, dir, { ...IDENTITY, commitSha: '' }))
    expect(error.mismatches).toEqual([{ field: 'commitSha', expected: '(empty)', found: `'${SHA}'` }])
  })

  it('makes an absolute working directory inside the workspace relative', () => {
    const workspace = '/home/runner/work/repo/repo'
    expect(normalizeWorkingDirectory(`${workspace}/stacks/web/`, workspace)).toBe('stacks/web')
    expect(() =>
      verifyManifest(manifest, dir, { ...IDENTITY, workingDirectory: `${workspace}/stacks/web`, workspace })
    ).not.toThrow()
  })

  it.each([
    ['.', '.'],
    ['', '.'],
    ['./', '.'],
    ['a/b/', 'a/b'],
    ['./a/../b', 'b'],
    ['a\\b', 'a/b'],
    ['/abs/path/', '/abs/path']
  ])('normalises %j to %j', (input, output) => {
    expect(normalizeWorkingDirectory(input)).toBe(output)
  })
})

describe('allow_stale_plan', () => {
  const later = { ...IDENTITY, commitSha: '9999999999999999999999999999999999999999' }

  it('accepts another commit and records that the check was relaxed', () => {
    const result = verifyManifest(manifest, dir, later, { allowStalePlan: true })
    expect(result.staleRelaxed).toBe(true)
    expect(result.staleCommit).toEqual({ planned: SHA, current: later.commitSha })
  })

  it('does not record a relaxation when the commits match', () => {
    expect(verifyManifest(manifest, dir, IDENTITY, { allowStalePlan: true }).staleRelaxed).toBe(false)
  })

  it('still refuses another environment, directory or changed file', () => {
    writeFileSync(join(dir, 'plan.json'), planJson.replace('[]', '[{}]'))
    const error = failure(() =>
      verifyManifest(
        manifest,
        dir,
        { ...later, environment: 'dev', workingDirectory: 'x' },
        { allowStalePlan: true }
      )
    )
    expect(error.mismatches.map(m => m.field)).toEqual(['workingDirectory', 'environment', 'file:plan.json'])
  })
})

describe('verifyManifest files', () => {
  it('names a changed, a missing and an unexpected file', () => {
    writeFileSync(join(dir, 'plan.json'), `${planJson} `)
    rmSync(join(dir, 'plan.tfplan'))
    mkdirSync(join(dir, 'extra'))
    writeFileSync(join(dir, 'extra', 'override.tf'), '')
    const error = failure(() => verifyManifest(manifest, dir, IDENTITY))
    expect(error.mismatches.map(m => [m.field, m.found.split(' ')[0]])).toEqual([
      ['file:plan.tfplan', 'no'],
      ['file:plan.json', 'sha256'],
      ['file:extra', 'an'],
      ['file:extra/override.tf', 'an']
    ])
    expect(error.message).not.toContain('allow_stale_plan')
  })

  it('refuses a folder where a listed file should be', () => {
    rmSync(join(dir, 'plan.json'))
    mkdirSync(join(dir, 'plan.json'))
    const error = failure(() => verifyManifest(manifest, dir, IDENTITY))
    expect(error.mismatches[0]).toEqual({
      field: 'file:plan.json',
      expected: 'a regular file',
      found: 'a folder or link'
    })
  })
})

describe('manifest shape (fail closed)', () => {
  const mutate = (change: (m: Record<string, unknown>) => void): PlanManifest => {
    const copy = JSON.parse(JSON.stringify(manifest)) as Record<string, unknown>
    change(copy)
    return copy as unknown as PlanManifest
  }

  it.each([
    [
      'an unknown schema version',
      (m: Record<string, unknown>) => (m.schemaVersion = 2),
      /schemaVersion 2.*only understands schemaVersion 1/
    ],
    ['no schema version', (m: Record<string, unknown>) => delete m.schemaVersion, /schemaVersion undefined/],
    ['another kind', (m: Record<string, unknown>) => (m.kind = 'other-tool'), /kind "other-tool"/],
    ['an unknown field', (m: Record<string, unknown>) => (m.approvedBy = 'me'), /unknown field 'approvedBy'/],
    [
      'a non-string commit',
      (m: Record<string, unknown>) => (m.commitSha = 42),
      /'commitSha' must be a string/
    ],
    [
      'a negative count',
      (m: Record<string, unknown>) => ((m.counts as Record<string, number>).destroy = -1),
      /counts.destroy/
    ],
    [
      'an unknown risk level',
      (m: Record<string, unknown>) => ((m.risk as { level: string }).level = 'meh'),
      /risk.level/
    ],
    ['no files', (m: Record<string, unknown>) => (m.files = []), /'files' must be a non-empty list/],
    [
      'a path-traversal file name',
      (m: Record<string, unknown>) => ((m.files as { name: string }[])[0].name = '../../etc/passwd'),
      /unsafe file name/
    ],
    [
      'a malformed sha256',
      (m: Record<string, unknown>) => ((m.files as { sha256: string }[])[0].sha256 = 'abc'),
      /no valid sha256/
    ],
    [
      'a duplicate file',
      (m: Record<string, unknown>) => (m.files as unknown[]).push((m.files as unknown[])[0]),
      /twice/
    ]
  ])('refuses a manifest with %s, even with allow_stale_plan', (_label, change, message) => {
    const broken = mutate(change)
    expect(() => verifyManifest(broken, dir, IDENTITY, { allowStalePlan: true })).toThrow(message)
    expect(() => verifyManifest(broken, dir, IDENTITY, { allowStalePlan: true })).toThrow(ArtifactError)
    expect(() => verifyManifest(broken, dir, IDENTITY)).not.toThrow(ManifestMismatchError)
  })

  it('parses what buildManifest writes and refuses text that is not JSON', () => {
    expect(parseManifest(JSON.stringify(manifest), 'manifest.json')).toEqual(manifest)
    expect(() => parseManifest('{"schemaVersion": 1,', 'manifest.json in x')).toThrow(
      /manifest.json in x is not valid JSON/
    )
    expect(() => parseManifest('[]', 'manifest.json')).toThrow(/is not a JSON object/)
  })
})
