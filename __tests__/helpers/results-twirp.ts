/**
 * The twirp side of the fake Actions results service: request routing, runtime-token checks, field
 * validation by the protocol's JSON names, and the four ArtifactService methods over Azurite blobs.
 */
import { createHash, createHmac } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  BlobSASPermissions,
  generateBlobSASQueryParameters,
  SASProtocol,
  type ContainerClient,
  type StorageSharedKeyCredential
} from '@azure/storage-blob'

const SERVICE = 'github.actions.results.api.v1.ArtifactService'
const TWIRP_STATUS = {
  invalid_argument: 400,
  unauthenticated: 401,
  not_found: 404,
  already_exists: 409,
  internal: 500
}
type TwirpCode = keyof typeof TWIRP_STATUS

/** One artifact as the fake service stores it. */
export interface StoredArtifact {
  id: number
  runId: string
  jobId: string
  name: string
  blobName: string
  size: number
  /** `sha256:<hex>` as the client reported it on finalize. */
  digest?: string
  createdAt: Date
  /** `expires_at` as the client sent it (the retention it asked for), when it sent one. */
  expiresAt?: string
  finalized: boolean
}

export class TwirpError extends Error {
  constructor(
    readonly code: TwirpCode,
    message: string
  ) {
    super(message)
  }
}

/** Which JSON fields each method accepts (proto field names, as the client sends them) and which it needs. */
const REQUEST_FIELDS: Record<string, { allowed: string[]; required: string[] }> = {
  CreateArtifact: {
    allowed: [
      'workflow_run_backend_id',
      'workflow_job_run_backend_id',
      'name',
      'expires_at',
      'version',
      'mime_type'
    ],
    required: ['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name', 'version']
  },
  FinalizeArtifact: {
    allowed: ['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name', 'size', 'hash'],
    required: ['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name', 'size']
  },
  ListArtifacts: {
    allowed: ['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name_filter', 'id_filter'],
    required: ['workflow_run_backend_id', 'workflow_job_run_backend_id']
  },
  GetSignedArtifactURL: {
    allowed: ['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name'],
    required: ['workflow_run_backend_id', 'workflow_job_run_backend_id', 'name']
  }
}

/** The service's state and request handling; one instance per stack. */
export class ServiceState {
  readonly artifacts: StoredArtifact[] = []
  readonly calls: { method: string; body: Record<string, unknown> }[] = []
  /** Statuses to answer instead of serving, per method, consumed one per call. */
  readonly failures = new Map<string, number[]>()
  private nextId = 1

  constructor(
    readonly container: ContainerClient,
    private readonly credential: StorageSharedKeyCredential,
    private readonly secret: Buffer
  ) {}

  /** An HS256 JWT carrying the `Actions.Results:<run>:<job>` scope the client reads its ids from. */
  issueToken(runId: string, jobId: string): string {
    const encode = (value: object): string => Buffer.from(JSON.stringify(value)).toString('base64url')
    const now = Math.floor(Date.now() / 1000)
    const body = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode({
      scp: `Actions.GenericRead:${runId} Actions.Results:${runId}:${jobId}`,
      iat: now,
      exp: now + 3600
    })}`
    return `${body}.${createHmac('sha256', this.secret).update(body).digest('base64url')}`
  }

  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const method = this.route(req)
      const runId = this.authenticate(req)
      const body = await readJson(req)
      this.calls.push({ method, body })
      const injected = this.failures.get(method)?.shift()
      if (injected !== undefined) return send(res, injected, { code: 'unavailable', msg: 'injected failure' })
      checkFields(method, body)
      if (body.workflow_run_backend_id !== runId) {
        throw new TwirpError('unauthenticated', 'workflow_run_backend_id does not match the runtime token')
      }
      send(res, 200, await this.dispatch(method, runId, body))
    } catch (error) {
      const twirp = error instanceof TwirpError ? error : new TwirpError('internal', String(error))
      send(res, TWIRP_STATUS[twirp.code], { code: twirp.code, msg: twirp.message })
    }
  }

  private route(req: IncomingMessage): string {
    const match = new RegExp(`^/twirp/${SERVICE.replace(/\./g, '\\.')}/(\\w+)$`).exec(req.url ?? '')
    if (req.method !== 'POST' || !match || !(match[1] in REQUEST_FIELDS)) {
      throw new TwirpError('not_found', `no such twirp route: ${req.method} ${req.url}`)
    }
    if (!String(req.headers['content-type']).startsWith('application/json')) {
      throw new TwirpError('invalid_argument', 'content-type must be application/json')
    }
    return match[1]
  }

  /** Verifies the bearer token's signature and returns the run it is scoped to. */
  private authenticate(req: IncomingMessage): string {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1] ?? ''
    const [header, payload, signature] = token.split('.')
    const expected = createHmac('sha256', this.secret).update(`${header}.${payload}`).digest('base64url')
    if (!signature || signature !== expected) throw new TwirpError('unauthenticated', 'invalid runtime token')
    const scp = String(JSON.parse(Buffer.from(payload, 'base64url').toString()).scp)
    const scope = /Actions\.Results:([^:\s]+):([^:\s]+)/.exec(scp)
    if (!scope) throw new TwirpError('unauthenticated', 'runtime token lacks the Actions.Results scope')
    return scope[1]
  }

  private async dispatch(method: string, runId: string, body: Record<string, unknown>): Promise<object> {
    const name = body.name as string
    const inRun = this.artifacts.filter(a => a.runId === runId)
    if (method === 'CreateArtifact') {
      if (body.version !== 7)
        throw new TwirpError('invalid_argument', `unsupported artifact version ${body.version}`)
      if (inRun.some(a => a.name === name && a.finalized)) {
        throw new TwirpError('already_exists', `an artifact named '${name}' already exists in this run`)
      }
      const pending = inRun.findIndex(a => a.name === name)
      if (pending >= 0) this.artifacts.splice(this.artifacts.indexOf(inRun[pending]), 1)
      const id = this.nextId++
      const blobName = `${runId}/${id}/${name}.zip`
      this.artifacts.push({
        id,
        runId,
        jobId: String(body.workflow_job_run_backend_id),
        name,
        blobName,
        size: 0,
        createdAt: new Date(),
        ...(typeof body.expires_at === 'string' ? { expiresAt: body.expires_at } : {}),
        finalized: false
      })
      return { ok: true, signed_upload_url: this.sign(blobName, 'cw') }
    }
    if (method === 'FinalizeArtifact') {
      const artifact = inRun.find(a => a.name === name && !a.finalized)
      if (!artifact) throw new TwirpError('not_found', `no pending artifact named '${name}'`)
      const data = await this.container.getBlobClient(artifact.blobName).downloadToBuffer()
      if (String(data.length) !== body.size) {
        throw new TwirpError(
          'invalid_argument',
          `size ${body.size} does not match the uploaded ${data.length} bytes`
        )
      }
      const digest = `sha256:${createHash('sha256').update(data).digest('hex')}`
      if (body.hash !== undefined && body.hash !== digest)
        throw new TwirpError('invalid_argument', 'hash does not match the blob')
      Object.assign(artifact, { size: data.length, digest, finalized: true })
      return { ok: true, artifact_id: String(artifact.id) }
    }
    if (method === 'ListArtifacts') {
      const listed = inRun.filter(
        a =>
          a.finalized &&
          (body.name_filter === undefined || a.name === body.name_filter) &&
          (body.id_filter === undefined || String(a.id) === body.id_filter)
      )
      return {
        artifacts: listed.map(a => ({
          workflow_run_backend_id: a.runId,
          workflow_job_run_backend_id: a.jobId,
          database_id: String(a.id),
          name: a.name,
          size: String(a.size),
          created_at: a.createdAt.toISOString(),
          ...(a.digest ? { digest: a.digest } : {})
        }))
      }
    }
    const artifact = inRun.find(a => a.name === name && a.finalized)
    if (!artifact) throw new TwirpError('not_found', `no artifact named '${name}' in this run`)
    return { signed_url: this.sign(artifact.blobName, 'r') }
  }

  private sign(blobName: string, permissions: string): string {
    const sas = generateBlobSASQueryParameters(
      {
        containerName: this.container.containerName,
        blobName,
        permissions: BlobSASPermissions.parse(permissions),
        expiresOn: new Date(Date.now() + 3600_000),
        protocol: SASProtocol.HttpsAndHttp
      },
      this.credential
    )
    return `${this.container.getBlobClient(blobName).url}?${sas.toString()}`
  }
}

function checkFields(method: string, body: Record<string, unknown>): void {
  const spec = REQUEST_FIELDS[method]
  for (const key of Object.keys(body)) {
    if (!spec.allowed.includes(key))
      throw new TwirpError('invalid_argument', `${method}: unknown field '${key}'`)
  }
  for (const key of spec.required) {
    if (body[key] === undefined || body[key] === '')
      throw new TwirpError('invalid_argument', `${method}: '${key}' is required`)
  }
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'))
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>
  } catch {
    // fall through to the twirp error below
  }
  throw new TwirpError('invalid_argument', 'body must be a JSON object')
}

function send(res: ServerResponse, status: number, body: object): void {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}
