// Stand-in for hashicorp/setup-terraform. The real action downloads terraform; here the machine's
// terraform is used, and a requested version must match it, so a workflow cannot silently run a
// version it did not ask for. With terraform_wrapper (the default) it installs what the real action
// installs: a `terraform` wrapper that prints `[command]…` first (which corrupts `terraform show -json`
// output), sets the step's stdout/stderr/exitcode outputs, and TERRAFORM_CLI_PATH pointing at the
// folder that holds the real binary as `terraform-bin`. See ../README.md.
import { execFileSync } from 'node:child_process'
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import * as core from '@actions/core'

function satisfies(version, constraint) {
  const parse = text => text.split('.').map(part => (/^\d+$/.test(part) ? Number(part) : part))
  const [major, minor, patch] = parse(version)
  const spec = constraint.trim()
  if (spec === 'latest' || spec === '') return true
  const operator = /^(>=|~|\^)?\s*(.*)$/.exec(spec)
  const wanted = parse(operator[2])
  const compare = () => {
    for (let i = 0; i < 3; i++) {
      const a = [major, minor, patch][i]
      const b = Number(wanted[i] ?? 0)
      if (a !== b) return a - b
    }
    return 0
  }
  switch (operator[1]) {
    case '>=':
      return compare() >= 0
    case '~':
      return major === wanted[0] && (wanted[1] === undefined || minor === wanted[1]) && compare() >= 0
    case '^':
      return major === wanted[0] && compare() >= 0
    default:
      return wanted.every((part, i) => part === 'x' || part === [major, minor, patch][i])
  }
}

try {
  if (core.getInput('cli_config_credentials_token')) {
    throw new Error('cli_config_credentials_token is not played by the stand-in; leave it empty')
  }
  const real = execFileSync('bash', ['-c', 'command -v terraform'], { encoding: 'utf8' }).trim()
  const { terraform_version: version } = JSON.parse(
    execFileSync(real, ['version', '-json'], { encoding: 'utf8' })
  )
  const wanted = core.getInput('terraform_version')
  if (!satisfies(version, wanted)) {
    throw new Error(`terraform_version '${wanted}' asked, but this machine has terraform ${version}`)
  }
  if (core.getBooleanInput('terraform_wrapper')) {
    const dir = join(process.env.RUNNER_TEMP, 'setup-terraform', version)
    mkdirSync(dir, { recursive: true })
    symlinkSync(real, join(dir, 'terraform-bin'))
    const wrapper = join(dir, 'terraform')
    writeFileSync(
      wrapper,
      `#!/usr/bin/env bash
# setup-terraform wrapper (local stand-in): echo the command, run terraform-bin, set step outputs.
bin="$(dirname "$0")/terraform-bin"
echo "[command]$bin $*"
out=$(mktemp); err=$(mktemp)
"$bin" "$@" >"$out" 2>"$err"
code=$?
cat "$out"; cat "$err" >&2
if [ -n "$GITHUB_OUTPUT" ]; then
  d="ghadelimiter_$RANDOM$RANDOM"
  { echo "stdout<<$d"; cat "$out"; echo "$d"; echo "stderr<<$d"; cat "$err"; echo "$d"; echo "exitcode=$code"; } >> "$GITHUB_OUTPUT"
fi
rm -f "$out" "$err"
if [ "$code" -ne 0 ]; then echo "::error::Terraform exited with code $code."; fi
exit $code
`
    )
    chmodSync(wrapper, 0o755)
    core.exportVariable('TERRAFORM_CLI_PATH', dir)
    core.addPath(dir)
    core.info(`terraform ${version} behind the setup-terraform wrapper in ${dir}`)
  } else {
    core.addPath(dirname(real))
    core.info(`terraform ${version} at ${real} (no wrapper)`)
  }
} catch (error) {
  core.setFailed(`setup-terraform stand-in: ${error.message}`)
}
