/**
 * `terraform output -json`: the root module's outputs after apply. Run silently: the JSON holds
 * sensitive values in clear text, and they must not reach the log.
 */
import { TerraformError } from '../../../errors.js'
import type { TerraformOutput } from '../../../parse/output-assertions.js'
import { runTerraform } from './cli.js'

/** Reads every root output from the state the working directory is configured for. */
export async function readTerraformOutputs(
  binary: string,
  cwd: string
): Promise<Record<string, TerraformOutput>> {
  const result = await runTerraform(binary, ['output', '-json', '-no-color'], { cwd })
  let parsed: unknown
  try {
    parsed = JSON.parse(result.stdout || '{}')
  } catch {
    throw new TerraformError(
      `'${binary} output -json' in '${cwd}' did not print JSON; run post-deploy in the job that applied, after terraform init`,
      result.exitCode,
      result.stderr
    )
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new TerraformError(
      `'${binary} output -json' in '${cwd}' printed ${JSON.stringify(parsed)}, not a map of outputs`,
      0,
      ''
    )
  }
  const outputs: Record<string, TerraformOutput> = {}
  for (const [name, raw] of Object.entries(
    parsed as Record<string, { value?: unknown; sensitive?: unknown; type?: unknown }>
  )) {
    outputs[name] = { value: raw?.value, sensitive: raw?.sensitive === true, type: raw?.type }
  }
  return outputs
}
