import type { ActionInputs } from '../inputs.js'
export async function runPlan(_inputs: ActionInputs): Promise<void> {
  throw new Error('todo')
}
