/**
 * A loopback stand-in for the GitHub Actions results service that @actions/artifact talks to: the
 * twirp JSON endpoints CreateArtifact, FinalizeArtifact, ListArtifacts and GetSignedArtifactURL, with
 * signed URLs into an Azurite blob emulator this helper starts itself. It checks every request the way
 * the real service would (signed runtime token, run scoping, known fields only, blob size and digest
 * on finalize), so a client that drifts from the protocol fails the tests instead of passing them.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BlobServiceClient, StorageSharedKeyCredential } from '@azure/storage-blob'
import { startAzurite } from './azurite-process.js'
import { ServiceState, type StoredArtifact } from './results-twirp.js'
import { REPO_ROOT } from './run-action.js'

export type { StoredArtifact } from './results-twirp.js'

/** Test-side access to the stored artifacts, for tampering and for asserting what the client did. */
export interface ArtifactStore {
  list(): StoredArtifact[]
  /** Every twirp call received, in order. */
  readonly calls: { method: string; body: Record<string, unknown> }[]
  readBlob(name: string, runId?: string): Promise<Buffer>
  /** Overwrites the stored archive. `updateRecord` also rewrites size and digest, as a store-level attacker could. */
  replaceBlob(name: string, data: Buffer, options?: { updateRecord?: boolean }, runId?: string): Promise<void>
  /** Forgets an artifact (as DeleteArtifact would), so its name can be uploaded again. */
  remove(name: string, runId?: string): Promise<void>
  /** Makes the next `times` calls of `method` answer `status` (retry tests). */
  failNext(method: string, status: number, times?: number): void
}

export interface ArtifactStack {
  /** ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL for the default run and job. */
  env: Record<string, string>
  /** The same variables for another job (same run by default) or another run. */
  envFor(ids: { runId?: string; jobId?: string }): Record<string, string>
  runId: string
  artifacts: ArtifactStore
  stop(): Promise<void>
}

/** Starts Azurite and the twirp service on free loopback ports. Call stop() in afterAll. */
export async function startArtifactStack(): Promise<ArtifactStack> {
  const workDir = mkdtempSync(join(tmpdir(), 'infra-guard-azurite-'))
  const account = 'infraguard'
  const key = randomBytes(32).toString('base64')
  const azurite = await startAzurite({ cwd: workDir, accounts: `${account}:${key}`, repoRoot: REPO_ROOT })
  let server: Server | undefined
  try {
    const credential = new StorageSharedKeyCredential(account, key)
    const container = new BlobServiceClient(`${azurite.url}/${account}`, credential).getContainerClient(
      'artifacts'
    )
    await container.create()
    const state = new ServiceState(container, credential, randomBytes(32))
    server = createServer((req, res) => void state.handle(req, res))
    await new Promise<void>(done => server!.listen(0, '127.0.0.1', done))
    const resultsUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    const runId = randomUUID()
    const defaultJob = randomUUID()
    const envFor = (ids: { runId?: string; jobId?: string }): Record<string, string> => ({
      ACTIONS_RUNTIME_TOKEN: state.issueToken(ids.runId ?? runId, ids.jobId ?? defaultJob),
      ACTIONS_RESULTS_URL: resultsUrl
    })
    const running = server
    return {
      env: envFor({}),
      envFor,
      runId,
      artifacts: createStore(state, runId),
      stop: async () => {
        running.closeAllConnections()
        await new Promise<void>(done => running.close(() => done()))
        await azurite.stop()
        rmSync(workDir, { recursive: true, force: true })
      }
    }
  } catch (error) {
    server?.close()
    await azurite.stop()
    rmSync(workDir, { recursive: true, force: true })
    throw error
  }
}

/** Test-side view of one stack's state. */
function createStore(state: ServiceState, defaultRun: string): ArtifactStore {
  const find = (name: string, runId = defaultRun): StoredArtifact => {
    const found = state.artifacts.find(a => a.runId === runId && a.name === name)
    if (!found) throw new Error(`fake results service: no artifact '${name}' in run ${runId}`)
    return found
  }
  return {
    list: () => state.artifacts.map(a => ({ ...a })),
    calls: state.calls,
    readBlob: async (name, runId) =>
      state.container.getBlobClient(find(name, runId).blobName).downloadToBuffer(),
    replaceBlob: async (name, data, options = {}, runId) => {
      const artifact = find(name, runId)
      await state.container.getBlockBlobClient(artifact.blobName).uploadData(data, {
        blobHTTPHeaders: { blobContentType: 'application/zip' }
      })
      if (options.updateRecord) {
        artifact.size = data.length
        artifact.digest = `sha256:${createHash('sha256').update(data).digest('hex')}`
      }
    },
    remove: async (name, runId) => {
      const artifact = find(name, runId)
      await state.container.getBlobClient(artifact.blobName).deleteIfExists()
      state.artifacts.splice(state.artifacts.indexOf(artifact), 1)
    },
    failNext: (method, status, times = 1) => {
      state.failures.set(method, [
        ...(state.failures.get(method) ?? []),
        ...Array<number>(times).fill(status)
      ])
    }
  }
}
