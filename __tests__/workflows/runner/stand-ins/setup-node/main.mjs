// Stand-in for actions/setup-node: the machine's node stays on PATH (installing another is what the
// real action does and is out of reach offline). A different requested major is a notice, never a
// silent pass. See ../README.md.
import { execFileSync } from 'node:child_process'
import { dirname } from 'node:path'
import * as core from '@actions/core'

try {
  const node = execFileSync('bash', ['-c', 'command -v node'], { encoding: 'utf8' }).trim()
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim()
  const wanted = core.getInput('node-version')
  if (wanted && !version.slice(1).startsWith(wanted.replace(/^v/, '').replace(/\.x$/, ''))) {
    core.notice(`setup-node stand-in: node-version '${wanted}' requested; this machine's node is ${version}`)
  }
  core.addPath(dirname(node))
  core.setOutput('node-version', version)
} catch (error) {
  core.setFailed(`setup-node stand-in: ${error.message}`)
}
