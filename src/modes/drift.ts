/** `drift` mode: not built yet. It fails clearly instead of passing silently. */
import type { ActionInputs } from '../inputs.js'
import { InputError } from '../errors.js'

/** Fails: this mode is not available in this version. */
export async function runDrift(_inputs: ActionInputs): Promise<void> {
  throw new InputError("mode 'drift' is not available in this version")
}
