/**
 * The action's entry point, as named by action.yml (bundled to dist/index.js). Started again as a
 * worker thread with READ_WORKER.flag, the same file serves the parallel plan reader's worker.
 */
import { READ_WORKER } from './constants.js'
import { run } from './main.js'
import { configureParallelReading } from './terraform/parallel-reader.js'

if (process.argv.includes(READ_WORKER.flag)) {
  const { serveReader } = await import('./terraform/plan-reader-worker.js')
  await serveReader()
} else {
  // Large plans are read on two threads, the second running this very file.
  configureParallelReading({ entry: new URL(import.meta.url), minBytes: READ_WORKER.minBytes })
  await run()
  // A request abandoned at its deadline (a stalled artifact service or API) can keep a socket open;
  // the verdict and outputs are written by now, so end instead of waiting for the job's timeout.
  process.exit()
}
