import type { ActionInputs } from '../inputs.js'
export async function runSafetyGate(_inputs: ActionInputs): Promise<void> {
  throw new Error('todo')
}
