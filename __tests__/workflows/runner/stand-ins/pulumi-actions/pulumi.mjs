// The `pulumi` command the pulumi/actions stand-in installs. It plays two commands, as strictly as
// the real CLI takes them, so an example cannot lean on something the stand-in lets slip:
//   pulumi preview --stack <name> --json [--show-replacement-steps] [--diff] [--non-interactive] [--cwd <dir>]
//     prints the recorded preview $STAND_IN_PULUMI_PREVIEWS/<name>.json (its steps must be of that
//     stack), from a folder holding Pulumi.yaml; exits 255 after printing when the preview holds
//     errors, as `pulumi preview` does.
//   pulumi up --stack <name> --yes [--skip-preview] [--non-interactive] [--cwd <dir>]
//     applies nothing: it appends the stack's name to $STAND_IN_PULUMI_LOG, so a test can tell
//     whether an update ran.
// Anything else exits 1 naming what is not played.
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const FLAGS = {
  preview: new Set(['--json', '-j', '--show-replacement-steps', '--diff', '--non-interactive']),
  up: new Set(['--yes', '-y', '--skip-preview', '--non-interactive'])
}
const WITH_VALUE = new Set(['--stack', '-s', '--cwd', '-C'])

function fail(message, code = 1) {
  process.stderr.write(`error: ${message}\n`)
  process.exit(code)
}

function parse(command, args) {
  const options = { flags: new Set(), cwd: process.cwd() }
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]
    if (WITH_VALUE.has(arg)) {
      const value = args[++i]
      if (value === undefined) fail(`${arg} needs a value`)
      if (arg === '--stack' || arg === '-s') options.stack = value
      else options.cwd = resolve(value)
    } else if (FLAGS[command].has(arg)) options.flags.add(arg)
    else fail(`'${arg}' is not played by the pulumi stand-in for \`pulumi ${command}\``)
  }
  if (!options.stack) fail('no stack selected: pass --stack <name> (a CI job has no selected stack)')
  if (!existsSync(join(options.cwd, 'Pulumi.yaml'))) {
    fail(`no Pulumi project found: ${options.cwd} has no Pulumi.yaml (set working-directory or --cwd)`)
  }
  return options
}

function preview(options) {
  if (!options.flags.has('--json') && !options.flags.has('-j')) {
    fail('the stand-in plays `pulumi preview` with --json only (infra-guard reads the JSON)')
  }
  const file = join(process.env.STAND_IN_PULUMI_PREVIEWS ?? '', `${options.stack}.json`)
  if (!existsSync(file)) fail(`no stack named '${options.stack}' (no recorded preview ${file})`)
  const text = readFileSync(file, 'utf8')
  const document = JSON.parse(text)
  const stacks = new Set(
    (document.steps ?? []).map(step => step.urn.split('::')[0].replace('urn:pulumi:', ''))
  )
  if ([...stacks].some(stack => stack !== options.stack)) {
    fail(`the recorded preview ${file} is of stack(s) ${[...stacks].join(', ')}, not '${options.stack}'`)
  }
  process.stdout.write(text)
  const errors = (document.diagnostics ?? []).filter(diagnostic => diagnostic.severity === 'error')
  if (errors.length > 0) process.exit(255)
}

function up(options) {
  if (!options.flags.has('--yes') && !options.flags.has('-y')) {
    fail('--yes must be passed in order to proceed when running in non-interactive mode')
  }
  const log = process.env.STAND_IN_PULUMI_LOG
  if (!log) fail('STAND_IN_PULUMI_LOG is not set; the test names the file that records updates')
  appendFileSync(log, `${options.stack}\n`)
  process.stdout.write(`Updating (${options.stack}): pulumi stand-in, nothing is applied\n`)
}

const [command, ...args] = process.argv.slice(2)
if (command === 'version') process.stdout.write('v3.999.0-stand-in\n')
else if (command === 'preview') preview(parse(command, args))
else if (command === 'up') up(parse(command, args))
else
  fail(`\`pulumi ${command ?? ''}\` is not played by the stand-in (preview --json, up --yes and version are)`)
