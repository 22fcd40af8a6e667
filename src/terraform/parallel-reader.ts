/**
 * The plan reader on two threads, for large plans. A worker runs the validating byte scanner over the
 * whole file (plan-reader-worker.ts) and forwards each entry's bytes in batches; this thread parses
 * the entries and hands them to the visitor, so scanning and parsing overlap. Everything else is as
 * on one thread: the same checks, the same entries in the same order, the same errors (the worker
 * reports a bad file with the one-thread reader's exact message). Memory stays bounded: the worker
 * waits while READ_WORKER.batchesInFlight batches are unparsed.
 */
import { Worker } from 'node:worker_threads'
import { READ_WORKER } from '../constants.js'
import { PlanReadError } from '../errors.js'
import type { PlanHeader, PlanVisitor } from './plan-types.js'
import { checkPlanEntry } from './plan-validate.js'

/** Where the worker's code is and from what size a plan is worth a second thread. */
export interface ParallelReadOptions {
  /**
   * A script that serves the worker's half when started with READ_WORKER.flag in its argv: the
   * action's own dist/index.js, or for tests and the benchmark, any script that calls serveReader().
   */
  entry: string | URL
  /** Plans smaller than this are read on one thread (starting a worker costs tens of milliseconds). */
  minBytes: number
}

/** What the worker is given (structured-cloned into workerData). */
export interface ReaderWorkerData {
  path: string
  chunkSize?: number
  /** Int32Array over it: [batches consumed by the parsing thread]. */
  control: SharedArrayBuffer
}

/** Messages from the worker, in file order. */
export type ReaderWorkerMessage =
  | {
      type: 'batch'
      /** Entries back to back; ends[k] is where entry k ends in it. */
      bytes: ArrayBuffer
      ends: Uint32Array
      /** 1 for a resource_drift entry. */
      drift: Uint8Array
      /** Where each entry starts in the file. */
      offsets: Float64Array
    }
  | { type: 'done'; header: PlanHeader }
  | { type: 'unreadable'; detail: string; offset: number }
  | { type: 'crashed'; message: string }

let configured: ParallelReadOptions | undefined

/** Sets the default for readPlanFile (the action's entry point does, with itself as the worker). */
export function configureParallelReading(options: ParallelReadOptions | undefined): void {
  configured = options
}

/** The default set by configureParallelReading, if any. */
export function parallelReading(): ParallelReadOptions | undefined {
  return configured
}

/**
 * readPlanFile on two threads. Rejects with the reader's PlanReadError for a bad file, with what the
 * visitor threw, or (failing closed) with an error when the worker cannot start or stops early.
 */
export function readPlanFileInWorker(
  path: string,
  visitor: PlanVisitor,
  options: ParallelReadOptions,
  chunkSize?: number
): Promise<PlanHeader> {
  return new Promise((resolve, reject) => {
    const control = new SharedArrayBuffer(4)
    const consumed = new Int32Array(control)
    const workerData: ReaderWorkerData = { path, chunkSize, control }
    const worker = new Worker(options.entry, { argv: [READ_WORKER.flag], workerData })
    const next = { resource_changes: 0, resource_drift: 0 }
    let settled = false
    /**
     * A problem with an entry (or thrown by the visitor) while the worker may still find one earlier
     * in the file, in a value it deferred: the earlier one is reported, as one thread would have.
     */
    let pending: { error: unknown; offset: number } | undefined
    const finish = (error: unknown, header?: PlanHeader): void => {
      if (settled) return
      settled = true
      if (error === undefined) resolve(header as PlanHeader)
      else {
        void worker.terminate()
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    }
    const parseBatch = (message: Extract<ReaderWorkerMessage, { type: 'batch' }>): void => {
      const bytes = Buffer.from(message.bytes)
      let start = 0
      for (let k = 0; k < message.ends.length && !pending; k++) {
        const end = message.ends[k]
        const section = message.drift[k] === 1 ? 'resource_drift' : 'resource_changes'
        const index = next[section]++
        try {
          // The worker's scanner validated these bytes with JSON.parse's grammar.
          const value: unknown = JSON.parse(bytes.toString('utf8', start, end))
          const entry = checkPlanEntry(path, section, index, value)
          if (section === 'resource_changes') visitor.onResourceChange(entry, index)
          else visitor.onResourceDrift?.(entry, index)
        } catch (error) {
          pending = { error, offset: message.offsets[k] }
        }
        start = end
      }
    }
    worker.on('message', (message: ReaderWorkerMessage) => {
      if (settled) return
      try {
        if (message.type === 'batch') {
          // After a problem the batches are only acknowledged, so that the worker can finish.
          if (!pending) parseBatch(message)
          Atomics.add(consumed, 0, 1)
          Atomics.notify(consumed, 0)
        } else if (message.type === 'done') {
          if (pending) finish(pending.error)
          else finish(undefined, message.header)
        } else if (message.type === 'unreadable') {
          const problem = new PlanReadError(path, message.detail, message.offset)
          finish(pending && pending.offset < message.offset ? pending.error : problem)
        } else {
          finish(new Error(`The plan reader's worker failed on '${path}': ${message.message}`))
        }
      } catch (error) {
        finish(error)
      }
    })
    worker.on('error', error =>
      finish(new Error(`The plan reader's worker failed on '${path}': ${error.message}`))
    )
    worker.on('exit', code =>
      finish(new Error(`The plan reader's worker stopped (exit code ${code}) before it finished '${path}'`))
    )
  })
}
