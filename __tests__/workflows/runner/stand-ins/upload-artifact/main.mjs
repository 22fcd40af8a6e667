// Stand-in for actions/upload-artifact: the same @actions/artifact client the real action uses,
// talking to ACTIONS_RESULTS_URL with the job's ACTIONS_RUNTIME_TOKEN. The root folder is the
// common parent of the paths, as in the real action. See ../README.md.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { basename, dirname, join, resolve, sep } from 'node:path'
import * as core from '@actions/core'
import { DefaultArtifactClient } from '@actions/artifact'

function collect(path, hidden, files) {
  if (statSync(path).isDirectory()) {
    for (const entry of readdirSync(path)) {
      if (!hidden && entry.startsWith('.')) continue
      collect(join(path, entry), hidden, files)
    }
  } else {
    files.push(path)
  }
}

function commonParent(paths) {
  const split = paths.map(path => path.split(sep))
  const first = split[0]
  let length = first.length
  for (const parts of split.slice(1)) {
    let i = 0
    while (i < length && i < parts.length && parts[i] === first[i]) i++
    length = i
  }
  return first.slice(0, length).join(sep) || sep
}

try {
  const name = core.getInput('name')
  const hidden = core.getBooleanInput('include-hidden-files')
  const lines = core.getMultilineInput('path', { required: true })
  if (lines.some(line => /[*?[\]]/.test(line) || line.startsWith('!'))) {
    throw new Error('wildcards and exclusions in path are not played by the stand-in; name files or folders')
  }
  const paths = lines
    .map(line => resolve(process.env.GITHUB_WORKSPACE, line))
    .filter(path => existsSync(path))
  const files = []
  for (const path of paths) collect(path, hidden, files)
  if (files.length === 0) {
    const mode = core.getInput('if-no-files-found')
    const message = `No files were found with the provided path: ${lines.join(', ')}. No artifacts will be uploaded.`
    if (mode === 'error') throw new Error(message)
    if (mode === 'warn') core.warning(message)
    else core.info(message)
  } else {
    const root =
      paths.length === 1 && statSync(paths[0]).isDirectory()
        ? paths[0]
        : commonParent(paths.map(p => (statSync(p).isDirectory() ? p : dirname(p))))
    const retention = Number(core.getInput('retention-days'))
    const response = await new DefaultArtifactClient().uploadArtifact(name, files, root, {
      retentionDays: retention > 0 ? retention : undefined,
      compressionLevel: Number(core.getInput('compression-level'))
    })
    core.info(
      `Uploaded '${name}' (${files.map(file => basename(file)).join(', ')}) as artifact ${response.id}`
    )
    core.setOutput('artifact-id', String(response.id))
    if (response.digest) core.setOutput('artifact-digest', response.digest)
  }
} catch (error) {
  core.setFailed(`upload-artifact stand-in: ${error.message}`)
}
