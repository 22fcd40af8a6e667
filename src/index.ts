/** The action's entry point, as named by action.yml (bundled to dist/index.js). */
import { run } from './action/main.js'

await run()
// A request abandoned at its deadline (a stalled artifact service or API) can keep a socket open;
// the verdict and outputs are written by now, so end instead of waiting for the job's timeout.
process.exit()
