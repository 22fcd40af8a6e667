/**
 * Uploads and downloads the plan artifact with @actions/artifact. The only module that touches the
 * artifact client; it is imported lazily so modes that never use artifacts never load it.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { ArtifactClient } from '@actions/artifact'
import { LIMIT } from '../../../constants.js'
import { ArtifactError } from '../../../errors.js'
import {
  MANIFEST_FILE,
  parseManifest,
  verifyManifestFiles,
  type ArtifactFileInput,
  type PlanManifest
} from './manifest.js'

export interface UploadPlanArtifactOptions {
  name: string
  files: ArtifactFileInput[]
  /** Built by buildManifest from the same files; each staged copy is checked against it before upload. */
  manifest: PlanManifest
  retentionDays?: number
}

export interface DownloadPlanArtifactOptions {
  name: string
  /** A folder that does not exist yet or is empty; the artifact's files land directly in it. */
  destination: string
  /**
   * Upper bound for the lookup and, separately, the download. The artifact client sets no request
   * timeout of its own, so a service that accepts the connection and never answers would hold the
   * gate until the job's timeout. Default LIMIT.artifactTimeoutMs.
   */
  timeoutMs?: number
}

export interface DownloadedPlanArtifact {
  dir: string
  /** Shape-checked, but not yet verified against the files or the run: call verifyManifest. */
  manifest: PlanManifest
  artifactId: number
}

/**
 * Stages the files and manifest.json in a fresh folder and uploads them as one artifact.
 * Throws ArtifactError when the Actions runtime is unavailable or the upload fails.
 */
export async function uploadPlanArtifact(
  options: UploadPlanArtifactOptions
): Promise<{ id: number; size: number }> {
  requireRuntime(`upload the plan artifact '${options.name}'`)
  const listed = new Set(options.manifest.files.map(f => f.name))
  const given = new Set(options.files.map(f => f.name))
  if (listed.size !== given.size || [...given].some(name => !listed.has(name))) {
    throw new ArtifactError(
      `The files to upload (${[...given].join(', ')}) are not the files the manifest lists ` +
        `(${[...listed].join(', ')}); build the manifest from the same files`
    )
  }
  const staging = await mkdtemp(join(process.env.RUNNER_TEMP || tmpdir(), 'infra-guard-artifact-'))
  try {
    const paths: string[] = []
    for (const file of options.files) {
      const target = join(staging, file.name)
      await copyFile(file.path, target)
      paths.push(target)
    }
    // A file rewritten between hashing and staging would otherwise be uploaded under a stale hash.
    verifyManifestFiles(options.manifest, staging)
    const manifestPath = join(staging, MANIFEST_FILE)
    await writeFile(manifestPath, `${JSON.stringify(options.manifest, null, 2)}\n`)
    paths.push(manifestPath)
    const client = await loadClient()
    let response: Awaited<ReturnType<ArtifactClient['uploadArtifact']>>
    try {
      response = await client.uploadArtifact(options.name, paths, staging, {
        retentionDays: options.retentionDays
      })
    } catch (error) {
      throw new ArtifactError(`Uploading the plan artifact '${options.name}' failed: ${explain(error)}`)
    }
    if (response.id === undefined) {
      throw new ArtifactError(`Uploading the plan artifact '${options.name}' returned no artifact id`)
    }
    return { id: response.id, size: response.size ?? 0 }
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}

/**
 * Finds the artifact by name in the current workflow run, downloads it into `destination` and reads
 * its manifest. Throws ArtifactError when the artifact is missing, its archive digest differs from the
 * one recorded at upload, or it holds no readable manifest.json.
 */
export async function downloadPlanArtifact(
  options: DownloadPlanArtifactOptions
): Promise<DownloadedPlanArtifact> {
  const { name, destination } = options
  const timeoutMs = options.timeoutMs ?? LIMIT.artifactTimeoutMs
  requireRuntime(`download the plan artifact '${name}'`)
  await prepareDestination(destination)
  const client = await loadClient()
  let artifact: Awaited<ReturnType<ArtifactClient['getArtifact']>>['artifact']
  try {
    artifact = (await withDeadline(client.getArtifact(name), timeoutMs, `looking up '${name}'`)).artifact
  } catch (error) {
    if (error instanceof Error && error.name === 'ArtifactNotFoundError') {
      throw new ArtifactError(
        `Plan artifact '${name}' was not found in this workflow run. The plan job must upload it first: ` +
          `run infra-guard with mode: plan (and the same artifact_name) in an earlier job of this run, ` +
          `and list that job under needs: of this one.`
      )
    }
    throw new ArtifactError(`Looking up the plan artifact '${name}' failed: ${explain(error)}`)
  }
  let digestMismatch: boolean | undefined
  try {
    const result = await withDeadline(
      client.downloadArtifact(artifact.id, { path: destination, expectedHash: artifact.digest }),
      timeoutMs,
      `downloading '${name}'`
    )
    digestMismatch = result.digestMismatch
  } catch (error) {
    throw new ArtifactError(
      `Downloading the plan artifact '${name}' (id ${artifact.id}) failed: ${explain(error)}`
    )
  }
  if (digestMismatch) {
    throw new ArtifactError(
      `The plan artifact '${name}' (id ${artifact.id}) changed after upload: its archive's sha256 differs ` +
        `from the digest recorded when it was uploaded. Re-run the plan job.`
    )
  }
  let text: string
  try {
    text = await readFile(join(destination, MANIFEST_FILE), 'utf8')
  } catch {
    throw new ArtifactError(
      `The artifact '${name}' holds no ${MANIFEST_FILE}, so it is not an infra-guard plan artifact ` +
        `(or it was damaged). Check artifact_name, or re-run the plan job.`
    )
  }
  const manifest = parseManifest(text, `${MANIFEST_FILE} in the plan artifact '${name}'`)
  return { dir: destination, manifest, artifactId: artifact.id }
}

/** Rejects when `work` has not settled after `ms`; the caller turns that into an ArtifactError. */
async function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new Error(`the artifact service did not respond within ${Math.round(ms / 1000)} s while ${what}`)
        ),
      ms
    )
  })
  try {
    return await Promise.race([work, deadline])
  } finally {
    clearTimeout(timer)
  }
}

/** Without these variables the client fails with a bare "Unable to get ..." message; say what to do instead. */
function requireRuntime(action: string): void {
  const missing = ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL'].filter(key => !process.env[key])
  if (missing.length > 0) {
    throw new ArtifactError(
      `Cannot ${action}: ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not set. ` +
        'The artifact service is only reachable from a step of a GitHub Actions job (not from run: scripts ' +
        'or a container started by hand); outside Actions, pass plan_file/plan_json instead.'
    )
  }
}

async function prepareDestination(destination: string): Promise<void> {
  await mkdir(destination, { recursive: true })
  const entries = await readdir(destination)
  // Leftover files would be reported as unexpected entries by verification; refuse early and clearly.
  if (entries.length > 0) {
    throw new ArtifactError(
      `Download folder '${destination}' is not empty; the plan artifact needs a fresh folder`
    )
  }
}

async function loadClient(): Promise<ArtifactClient> {
  const { DefaultArtifactClient } = await import('@actions/artifact')
  return new DefaultArtifactClient()
}

function explain(error: unknown): string {
  if (error instanceof Error && error.name === 'GHESNotSupportedError') {
    return 'GitHub Enterprise Server does not support this artifact service; pass plan_file/plan_json instead'
  }
  return error instanceof Error ? error.message : String(error)
}
