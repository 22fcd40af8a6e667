/**
 * The log's byte stream. Node builds `process.stdout` on first use, and on a pipe (how the runner
 * connects a step) that means loading net and the streams library: about 3.5 ms of a gate's start-up.
 * Until something in the process asks for `process.stdout`, log text is written to file descriptor 1
 * directly, synchronously and in order. From the first time anything reads `process.stdout` (the CLI
 * runner echoing terraform, a library logging through @actions/core, a test capturing the log), every
 * write goes through the stream, so the two never interleave out of order.
 */
import { writeSync } from 'node:fs'

let direct = watchForStdout()

/** Writes text to stdout: straight to fd 1 while nothing else uses process.stdout, else through it. */
export function writeStdout(text: string): void {
  if (direct) {
    const bytes = Buffer.from(text, 'utf8')
    let offset = 0
    try {
      while (offset < bytes.length) offset += writeSync(1, bytes, offset)
      return
    } catch {
      // EAGAIN on a non-blocking pipe, EPIPE, a closed descriptor: the stream buffers and reports these as
      // it always did; what was not written yet goes through it, and so does everything after.
      process.stdout.write(bytes.subarray(offset))
      return
    }
  }
  process.stdout.write(text)
}

/**
 * Wraps the lazy `process.stdout` getter once, to learn when the stream comes into being; the first
 * read puts the original getter back. Where the getter cannot be wrapped, the stream is always used.
 */
function watchForStdout(): boolean {
  const original = Object.getOwnPropertyDescriptor(process, 'stdout')
  const materialise = original?.get
  if (!original || !materialise || !original.configurable) return false
  Object.defineProperty(process, 'stdout', {
    configurable: true,
    enumerable: original.enumerable,
    get(this: NodeJS.Process) {
      direct = false
      Object.defineProperty(process, 'stdout', original)
      return materialise.call(this)
    }
  })
  return true
}
