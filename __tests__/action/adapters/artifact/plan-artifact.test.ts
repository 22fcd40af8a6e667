/**
 * The plan artifact through the real @actions/artifact client, against the loopback results service
 * and Azurite: upload, download, and what the gate's verification catches after a real round trip.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DefaultArtifactClient } from '@actions/artifact'
import { ArtifactError } from '../../../../src/errors.js'
import {
  buildManifest,
  ManifestMismatchError,
  verifyManifest,
  type PlanManifest
} from '../../../../src/action/adapters/artifact/manifest.js'
import {
  downloadPlanArtifact,
  uploadPlanArtifact
} from '../../../../src/action/adapters/artifact/plan-artifact.js'
import { startArtifactStack, type ArtifactStack } from '../../../helpers/fake-results-service.js'
import { REPO_ROOT } from '../../../helpers/run-action.js'
import { FIXTURE_COUNTS, makePlanFixture, type PlanFixture } from '../../../helpers/plan-fixture.js'

const SHA = '3f6c1d2e4b5a69788796a5b4c3d2e1f0a9b8c7d6'
const IDENTITY = { commitSha: SHA, workingDirectory: 'infra/app', environment: 'staging' }

let stack: ArtifactStack
let fixture: PlanFixture
let manifest: PlanManifest
const savedEnv = { ...process.env }
const scratch = mkdtempSync(join(tmpdir(), 'infra-guard-artifact-test-'))
let folders = 0

/** Acts as the given job: the client reads its token and service URL from process.env. */
function actAs(env: Record<string, string>): void {
  Object.assign(process.env, env)
}

function freshFolder(): string {
  return join(scratch, `download-${++folders}`)
}

async function uploadFixture(name: string): Promise<{ id: number; size: number }> {
  actAs(stack.envFor({ jobId: 'plan-job' }))
  return uploadPlanArtifact({ name, files: fixture.files, manifest })
}

beforeAll(async () => {
  stack = await startArtifactStack()
  fixture = makePlanFixture()
  manifest = await buildManifest({
    files: fixture.files,
    ...IDENTITY,
    terraformVersion: '1.11.0',
    counts: FIXTURE_COUNTS,
    risk: 'low'
  })
})

afterAll(async () => {
  await stack?.stop()
  for (const key of Object.keys(process.env)) if (!(key in savedEnv)) delete process.env[key]
  Object.assign(process.env, savedEnv)
  rmSync(scratch, { recursive: true, force: true })
  if (fixture) rmSync(fixture.dir, { recursive: true, force: true })
})

describe('plan artifact round trip', () => {
  it('uploads in the plan job and downloads identical files and manifest in the gate job', async () => {
    const uploaded = await uploadFixture('plan-roundtrip')
    expect(uploaded.id).toBeGreaterThan(0)
    const stored = stack.artifacts.list().find(a => a.name === 'plan-roundtrip')!
    expect(stored.finalized).toBe(true)
    expect(uploaded.size).toBe(stored.size)
    const blob = await stack.artifacts.readBlob('plan-roundtrip')
    expect(stored.digest).toBe(`sha256:${createHash('sha256').update(blob).digest('hex')}`)

    actAs(stack.envFor({ jobId: 'gate-job' }))
    const downloaded = await downloadPlanArtifact({ name: 'plan-roundtrip', destination: freshFolder() })
    expect(downloaded.artifactId).toBe(uploaded.id)
    expect(downloaded.manifest).toEqual(manifest)
    for (const file of fixture.files) {
      expect(readFileSync(join(downloaded.dir, file.name)).equals(readFileSync(file.path))).toBe(true)
    }
    const result = verifyManifest(downloaded.manifest, downloaded.dir, IDENTITY, { allowStalePlan: false })
    expect(result.staleRelaxed).toBe(false)
    expect(result.verifiedFiles.sort()).toEqual(['plan.json', 'plan.tfplan', 'report.md'])
    const methods = stack.artifacts.calls.map(c => c.method)
    expect(methods).toEqual(
      expect.arrayContaining(['CreateArtifact', 'FinalizeArtifact', 'ListArtifacts', 'GetSignedArtifactURL'])
    )
  })

  it('relaxes only the commit check after a real download when allow_stale_plan is set', async () => {
    await uploadFixture('plan-stale')
    actAs(stack.envFor({ jobId: 'gate-job' }))
    const { dir, manifest: got } = await downloadPlanArtifact({
      name: 'plan-stale',
      destination: freshFolder()
    })
    const later = { ...IDENTITY, commitSha: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' }
    expect(() => verifyManifest(got, dir, later, { allowStalePlan: false })).toThrow(/commit SHA differs/)
    const relaxed = verifyManifest(got, dir, later, { allowStalePlan: true })
    expect(relaxed.staleRelaxed).toBe(true)
    expect(relaxed.staleCommit).toEqual({ planned: SHA, current: later.commitSha })
    expect(() =>
      verifyManifest(got, dir, { ...later, environment: 'production' }, { allowStalePlan: true })
    ).toThrow(/environment differs: this run has 'production', the plan artifact has 'staging'/)
  })
})

describe('tampering is caught', () => {
  it('names a file changed after download, with both hashes', async () => {
    await uploadFixture('plan-tamper-local')
    actAs(stack.envFor({ jobId: 'gate-job' }))
    const { dir, manifest: got } = await downloadPlanArtifact({
      name: 'plan-tamper-local',
      destination: freshFolder()
    })
    const path = join(dir, 'plan.json')
    const bytes = readFileSync(path)
    bytes[10] = bytes[10] ^ 1
    writeFileSync(path, bytes)
    const error = captureError(() => verifyManifest(got, dir, IDENTITY, { allowStalePlan: true }))
    expect(error).toBeInstanceOf(ManifestMismatchError)
    const listed = manifest.files.find(f => f.name === 'plan.json')!.sha256
    const actual = createHash('sha256').update(bytes).digest('hex')
    expect((error as ManifestMismatchError).mismatches).toEqual([
      { field: 'file:plan.json', expected: `sha256 ${listed}`, found: `sha256 ${actual}` }
    ])
    expect(error.message).toContain(listed)
    expect(error.message).toContain(actual)
  })

  it('catches an artifact re-uploaded with the original manifest but an altered plan', async () => {
    await uploadFixture('plan-reupload')
    // An attacker with write access to the store replaces the artifact, reusing the honest manifest.
    await stack.artifacts.remove('plan-reupload')
    const forged = join(scratch, 'forged')
    rmSync(forged, { recursive: true, force: true })
    mkdirSync(forged)
    for (const file of fixture.files) copyFileSync(file.path, join(forged, file.name))
    writeFileSync(join(forged, 'report.md'), '# Plan\n\nNo changes. Nothing to see here.\n')
    writeFileSync(join(forged, 'manifest.json'), JSON.stringify(manifest))
    const names = [...fixture.files.map(f => f.name), 'manifest.json']
    await new DefaultArtifactClient().uploadArtifact(
      'plan-reupload',
      names.map(n => join(forged, n)),
      forged
    )

    actAs(stack.envFor({ jobId: 'gate-job' }))
    const { dir, manifest: got } = await downloadPlanArtifact({
      name: 'plan-reupload',
      destination: freshFolder()
    })
    const error = captureError(() => verifyManifest(got, dir, IDENTITY, { allowStalePlan: false }))
    expect((error as ManifestMismatchError).mismatches.map(m => m.field)).toEqual(['file:report.md'])
  })

  it('refuses an archive swapped in blob storage behind the service (digest differs from upload)', async () => {
    await uploadFixture('plan-swap-a')
    // A genuine artifact of the same run, for another environment: a valid archive, but not this one.
    const other = await buildManifest({
      files: fixture.files,
      ...IDENTITY,
      environment: 'dev',
      counts: FIXTURE_COUNTS,
      risk: 'low'
    })
    await uploadPlanArtifact({ name: 'plan-swap-b', files: fixture.files, manifest: other })
    await stack.artifacts.replaceBlob('plan-swap-a', await stack.artifacts.readBlob('plan-swap-b'))
    actAs(stack.envFor({ jobId: 'gate-job' }))
    await expect(downloadPlanArtifact({ name: 'plan-swap-a', destination: freshFolder() })).rejects.toThrow(
      /plan-swap-a.*changed after upload/
    )
    // Even when the store's record is rewritten to match, the swapped-in manifest names the wrong environment.
    await stack.artifacts.replaceBlob('plan-swap-a', await stack.artifacts.readBlob('plan-swap-b'), {
      updateRecord: true
    })
    const { dir, manifest: got } = await downloadPlanArtifact({
      name: 'plan-swap-a',
      destination: freshFolder()
    })
    expect(() => verifyManifest(got, dir, IDENTITY, { allowStalePlan: true })).toThrow(
      /environment differs: this run has 'staging', the plan artifact has 'dev'/
    )
  })

  it('names a missing and an unexpected file after download', async () => {
    await uploadFixture('plan-files')
    actAs(stack.envFor({ jobId: 'gate-job' }))
    const { dir, manifest: got } = await downloadPlanArtifact({
      name: 'plan-files',
      destination: freshFolder()
    })
    rmSync(join(dir, 'plan.tfplan'))
    writeFileSync(join(dir, 'override.tf'), 'resource "terraform_data" "x" {}\n')
    const error = captureError(() => verifyManifest(got, dir, IDENTITY, { allowStalePlan: false }))
    expect((error as ManifestMismatchError).mismatches.map(m => [m.field, m.found])).toEqual([
      ['file:plan.tfplan', 'no such file'],
      ['file:override.tf', 'an unlisted entry']
    ])
    expect(error.message).toMatch(/file 'plan.tfplan'.*no such file/)
  })
})

describe('finding the artifact', () => {
  it('says which name is missing and that the plan job must upload it first', async () => {
    actAs(stack.envFor({ jobId: 'gate-job' }))
    const error = await downloadPlanArtifact({ name: 'never-uploaded', destination: freshFolder() }).catch(
      e => e
    )
    expect(error).toBeInstanceOf(ArtifactError)
    expect(error.message).toContain("Plan artifact 'never-uploaded' was not found in this workflow run")
    expect(error.message).toContain('The plan job must upload it first')
  })

  it('does not see an artifact of another workflow run', async () => {
    await uploadFixture('plan-other-run')
    actAs(stack.envFor({ runId: 'another-run', jobId: 'gate-job' }))
    await expect(
      downloadPlanArtifact({ name: 'plan-other-run', destination: freshFolder() })
    ).rejects.toThrow(/'plan-other-run' was not found/)
  })

  it('passes retention days on as the artifact expiry', async () => {
    actAs(stack.envFor({ jobId: 'plan-job' }))
    await uploadPlanArtifact({ name: 'plan-retention', files: fixture.files, manifest, retentionDays: 3 })
    const create = stack.artifacts.calls.find(
      c => c.method === 'CreateArtifact' && c.body.name === 'plan-retention'
    )!
    const days = (Date.parse(String(create.body.expires_at)) - Date.now()) / 86_400_000
    expect(days).toBeGreaterThan(2.9)
    expect(days).toBeLessThan(3.1)
  })

  it('refuses a second upload under a name the run already has', async () => {
    await uploadFixture('plan-twice')
    await expect(uploadFixture('plan-twice')).rejects.toThrow(
      /Uploading the plan artifact 'plan-twice' failed.*already exists/s
    )
  })

  it('survives a transient 503 from the results service (client retry)', async () => {
    await uploadFixture('plan-retry')
    actAs(stack.envFor({ jobId: 'gate-job' }))
    stack.artifacts.failNext('GetSignedArtifactURL', 503)
    const before = stack.artifacts.calls.filter(c => c.method === 'GetSignedArtifactURL').length
    const { dir, manifest: got } = await downloadPlanArtifact({
      name: 'plan-retry',
      destination: freshFolder()
    })
    expect(stack.artifacts.calls.filter(c => c.method === 'GetSignedArtifactURL').length).toBe(before + 2)
    expect(verifyManifest(got, dir, IDENTITY).verifiedFiles).toHaveLength(3)
  }, 30_000)
})

describe('another process', () => {
  it('uploads with the stack env alone (as node index.js would); a foreign artifact has no manifest', async () => {
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      ...stack.envFor({ jobId: 'child-job' })
    }
    const script = [
      "import { DefaultArtifactClient } from '@actions/artifact'",
      "import { writeFileSync } from 'node:fs'",
      `writeFileSync(${JSON.stringify(join(scratch, 'notes.txt'))}, 'not a plan')`,
      `const r = await new DefaultArtifactClient().uploadArtifact('foreign', [${JSON.stringify(join(scratch, 'notes.txt'))}], ${JSON.stringify(scratch)})`,
      "console.log('uploaded-id=' + r.id)"
    ].join('\n')
    // Asynchronous on purpose: the fake service runs in this process and must keep answering.
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { cwd: REPO_ROOT, env })
    let stdout = ''
    child.stdout.on('data', chunk => (stdout += chunk))
    child.stderr.resume()
    const status = await new Promise(done => child.on('close', done))
    expect(status).toBe(0)
    const id = Number(/uploaded-id=(\d+)/.exec(stdout)?.[1])
    expect(stack.artifacts.list().find(a => a.name === 'foreign')).toMatchObject({ id, finalized: true })

    actAs(stack.envFor({ jobId: 'gate-job' }))
    await expect(downloadPlanArtifact({ name: 'foreign', destination: freshFolder() })).rejects.toThrow(
      /The artifact 'foreign' holds no manifest.json, so it is not an infra-guard plan artifact/
    )
  })
})

describe('preconditions', () => {
  it('explains a missing Actions runtime instead of calling the service', async () => {
    const calls = stack.artifacts.calls.length
    const token = process.env.ACTIONS_RUNTIME_TOKEN
    delete process.env.ACTIONS_RUNTIME_TOKEN
    try {
      await expect(
        downloadPlanArtifact({ name: 'plan-roundtrip', destination: freshFolder() })
      ).rejects.toThrow(/ACTIONS_RUNTIME_TOKEN is not set.*plan_file\/plan_json/s)
      await expect(uploadPlanArtifact({ name: 'x', files: fixture.files, manifest })).rejects.toThrow(
        ArtifactError
      )
    } finally {
      process.env.ACTIONS_RUNTIME_TOKEN = token
    }
    expect(stack.artifacts.calls.length).toBe(calls)
  })

  it('refuses to upload files other than those the manifest lists', async () => {
    actAs(stack.envFor({ jobId: 'plan-job' }))
    await expect(
      uploadPlanArtifact({ name: 'plan-mismatch', files: fixture.files.slice(0, 2), manifest })
    ).rejects.toThrow(/not the files the manifest lists/)
    expect(stack.artifacts.list().some(a => a.name === 'plan-mismatch')).toBe(false)
  })

  it('refuses to download into a folder that already holds files', async () => {
    const folder = freshFolder()
    mkdirSync(folder)
    writeFileSync(join(folder, 'leftover.json'), '{}')
    actAs(stack.envFor({ jobId: 'gate-job' }))
    await expect(downloadPlanArtifact({ name: 'plan-roundtrip', destination: folder })).rejects.toThrow(
      /is not empty/
    )
  })
})

describe('the fake results service enforces the protocol', () => {
  const url = (method: string): string =>
    new URL(`/twirp/github.actions.results.api.v1.ArtifactService/${method}`, stack.env.ACTIONS_RESULTS_URL)
      .href

  it('rejects a forged runtime token', async () => {
    const [header, payload] = stack.env.ACTIONS_RUNTIME_TOKEN.split('.')
    const response = await fetch(url('ListArtifacts'), {
      method: 'POST',
      headers: { authorization: `Bearer ${header}.${payload}.forged`, 'content-type': 'application/json' },
      body: JSON.stringify({ workflow_run_backend_id: stack.runId, workflow_job_run_backend_id: 'x' })
    })
    expect(response.status).toBe(401)
    expect(await response.json()).toEqual({ code: 'unauthenticated', msg: 'invalid runtime token' })
  })

  it('rejects fields the protocol does not define', async () => {
    const response = await fetch(url('ListArtifacts'), {
      method: 'POST',
      headers: {
        authorization: `Bearer ${stack.env.ACTIONS_RUNTIME_TOKEN}`,
        'content-type': 'application/json'
      },
      body: JSON.stringify({
        workflow_run_backend_id: stack.runId,
        workflow_job_run_backend_id: 'x',
        nameFilter: 'y'
      })
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { msg: string }).msg).toContain("unknown field 'nameFilter'")
  })
})

function captureError(action: () => unknown): Error {
  try {
    action()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected an error, got none')
}
