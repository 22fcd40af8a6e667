/**
 * The worker's half of the parallel plan reader (parallel-reader.ts). It scans the file as the
 * one-thread reader does, but forwards each entry's bytes in batches instead of parsing them, and it
 * defers the large values nobody reads (planned_values, prior_state, most of configuration): the
 * first pass only finds their ends, so that entries reach the parsing thread at once; a second pass
 * validates them. Of all the problems found, the one earliest in the file is reported, with the
 * one-thread reader's words. Runs inside a worker thread only.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { READ_WORKER } from '../constants.js'
import { PlanReadError } from '../errors.js'
import type { ReaderWorkerData, ReaderWorkerMessage } from './parallel-reader.js'
import type { PlanHeader } from './plan-types.js'
import { PlanCollector } from './plan-collector.js'
import { scanPlanFile, validateDeferredRanges } from './plan-reader.js'

/** Serves one read for the thread that started this worker, then returns. */
export async function serveReader(): Promise<void> {
  const port = parentPort
  if (!port) throw new Error('serveReader runs only inside a worker thread')
  const data = workerData as ReaderWorkerData
  const post = (message: ReaderWorkerMessage, transfer: ArrayBuffer[] = []): void =>
    port.postMessage(message, transfer)
  const batches = new BatchSender(data, post)
  const deferred: Array<[number, number]> = []
  try {
    // The visitor is never called: the forwarder takes every entry.
    const collector = new PlanCollector(data.path, { onResourceChange() {} }, (section, bytes, offset) =>
      batches.add(section === 'resource_drift', bytes, offset)
    )
    let header: PlanHeader | undefined
    let problem: PlanReadError | undefined
    try {
      header = await scanPlanFile(data.path, collector, {
        chunkSize: data.chunkSize,
        deferSkipped: (start, end) => deferred.push([start, end])
      })
    } catch (error) {
      if (!(error instanceof PlanReadError)) throw error
      problem = error
    }
    batches.flush()
    // Every deferred range lies before where the first pass stopped, so a problem in one comes first.
    problem = (await validateDeferredRanges(data.path, deferred, data.chunkSize)) ?? problem
    if (problem) post({ type: 'unreadable', detail: problem.detail, offset: problem.offset ?? 0 })
    else post({ type: 'done', header: header as PlanHeader })
  } catch (error) {
    batches.flush()
    post({
      type: 'crashed',
      message: error instanceof Error ? (error.stack ?? error.message) : String(error)
    })
  }
}

/** Packs entries into transferable batches and holds the scan while the parsing thread is behind. */
class BatchSender {
  private bytes = Buffer.allocUnsafeSlow(READ_WORKER.batchBytes)
  private used = 0
  private ends: number[] = []
  private drift: number[] = []
  private offsets: number[] = []
  private sent = 0
  private readonly consumed: Int32Array

  constructor(
    data: ReaderWorkerData,
    private readonly post: (message: ReaderWorkerMessage, transfer: ArrayBuffer[]) => void
  ) {
    this.consumed = new Int32Array(data.control)
  }

  add(drift: boolean, entry: Buffer, offset: number): void {
    if (this.used + entry.length > this.bytes.length) {
      this.flush()
      if (entry.length > this.bytes.length) this.bytes = Buffer.allocUnsafeSlow(entry.length)
    }
    entry.copy(this.bytes, this.used)
    this.used += entry.length
    this.ends.push(this.used)
    this.drift.push(drift ? 1 : 0)
    this.offsets.push(offset)
  }

  flush(): void {
    if (this.ends.length === 0) return
    // An allocUnsafeSlow Buffer owns its ArrayBuffer, so it can be transferred without a copy (the
    // last end says how much of it is used).
    const buffer = this.bytes.buffer as ArrayBuffer
    this.post(
      {
        type: 'batch',
        bytes: buffer,
        ends: Uint32Array.from(this.ends),
        drift: Uint8Array.from(this.drift),
        offsets: Float64Array.from(this.offsets)
      },
      [buffer]
    )
    this.sent++
    this.bytes = Buffer.allocUnsafeSlow(READ_WORKER.batchBytes)
    this.used = 0
    this.ends = []
    this.drift = []
    this.offsets = []
    this.waitForRoom()
  }

  /** Blocks this worker thread (never the main one) until few enough batches wait to be parsed. */
  private waitForRoom(): void {
    for (;;) {
      const consumed = Atomics.load(this.consumed, 0)
      if (this.sent - consumed <= READ_WORKER.batchesInFlight) return
      Atomics.wait(this.consumed, 0, consumed, 1000)
    }
  }
}
