// Stand-in for actions/download-artifact: the same @actions/artifact client the real action uses,
// current run only. A named artifact lands directly in `path`; several land in `path/<name>` unless
// merge-multiple. See ../README.md.
import { join, resolve } from 'node:path'
import * as core from '@actions/core'
import { DefaultArtifactClient } from '@actions/artifact'

const globToRegExp = glob =>
  new RegExp(
    `^${glob
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.')}$`
  )

try {
  const client = new DefaultArtifactClient()
  const destination = resolve(process.env.GITHUB_WORKSPACE, core.getInput('path'))
  const name = core.getInput('name')
  const download = async (artifact, path) => {
    const result = await client.downloadArtifact(artifact.id, { path, expectedHash: artifact.digest })
    if (result.digestMismatch)
      throw new Error(`artifact '${artifact.name}' does not match its recorded digest`)
    core.info(`Downloaded '${artifact.name}' (${artifact.id}) to ${path}`)
  }
  if (name) {
    const { artifact } = await client.getArtifact(name)
    await download(artifact, destination)
  } else {
    const pattern = core.getInput('pattern')
    const { artifacts } = await client.listArtifacts({ latest: true })
    const chosen = artifacts.filter(artifact => !pattern || globToRegExp(pattern).test(artifact.name))
    if (chosen.length === 0)
      core.warning(`No artifacts${pattern ? ` matching '${pattern}'` : ''} in this run`)
    const merge = core.getBooleanInput('merge-multiple')
    for (const artifact of chosen)
      await download(artifact, merge ? destination : join(destination, artifact.name))
  }
  core.setOutput('download-path', destination)
} catch (error) {
  core.setFailed(`download-artifact stand-in: ${error.message}`)
}
