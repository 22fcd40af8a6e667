// The parallel reader's worker for the benchmark: the compiled reader in bench/out/lib serves the
// read (in the action, dist/index.js plays this part when started with READ_WORKER.flag).
import { join } from 'node:path'

const { serveReader } = await import(
  join(import.meta.dirname, 'out', 'lib', 'terraform', 'plan-reader-worker.js')
)
await serveReader()
