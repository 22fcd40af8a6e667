// Stand-in for pulumi/actions in install-only mode (no `command`): the real action downloads the
// Pulumi CLI and puts it on PATH; here a `pulumi` that replays recorded previews goes on PATH
// instead (pulumi.mjs). The recorded previews are named by STAND_IN_PULUMI_PREVIEWS, a folder with
// one `<stack>.json` per stack, which the test sets for the run. See ../README.md.
import { chmodSync, mkdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import * as core from '@actions/core'

try {
  if (core.getInput('command')) {
    throw new Error(
      'only the install-only mode is played (no `command`); run `pulumi preview --json` in a run: step, as the examples do'
    )
  }
  const previews = process.env.STAND_IN_PULUMI_PREVIEWS
  if (!previews || !statSync(previews, { throwIfNoEntry: false })?.isDirectory()) {
    throw new Error(
      'STAND_IN_PULUMI_PREVIEWS must name a folder of recorded previews (<stack>.json); the test sets it'
    )
  }
  const dir = join(process.env.RUNNER_TEMP, 'pulumi-stand-in', 'bin')
  mkdirSync(dir, { recursive: true })
  const cli = join(dir, 'pulumi')
  writeFileSync(
    cli,
    `#!/usr/bin/env bash\n# pulumi (local stand-in): see pulumi.mjs\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(join(import.meta.dirname, 'pulumi.mjs'))} "$@"\n`
  )
  chmodSync(cli, 0o755)
  core.addPath(dir)
  const wanted = core.getInput('pulumi-version')
  core.info(`pulumi (stand-in) in ${dir}${wanted ? `; pulumi-version '${wanted}' recorded` : ''}`)
} catch (error) {
  core.setFailed(`pulumi/actions stand-in: ${error.message}`)
}
