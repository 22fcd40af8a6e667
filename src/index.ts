/** The action's entry point, as named by action.yml (bundled to dist/index.js). */
import { run } from './main.js'

await run()
