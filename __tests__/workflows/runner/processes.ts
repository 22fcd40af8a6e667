/**
 * Starts a step's process (a shell for `run:`, node for an action), feeds its output line by line
 * to the command processor, and stops it at the step's timeout.
 */
import { spawn } from 'node:child_process'
import type { CommandProcessor } from './commands.js'

export interface StepProcess {
  command: string
  args: string[]
  cwd: string
  env: Record<string, string>
  timeoutMs: number
}

/** Runs the process; resolves with its exit code (or a description of how it ended early). */
export async function runStepProcess(
  proc: StepProcess,
  commands: CommandProcessor
): Promise<{ exitCode: number; timedOut: boolean; spawnError?: string }> {
  const child = spawn(proc.command, proc.args, {
    cwd: proc.cwd,
    env: proc.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true
  })
  const feed = (stream: NodeJS.ReadableStream): Promise<void> =>
    new Promise(done => {
      let pending = ''
      stream.setEncoding('utf8')
      stream.on('data', (chunk: string) => {
        pending += chunk
        let newline: number
        while ((newline = pending.indexOf('\n')) >= 0) {
          commands.line(pending.slice(0, newline).replace(/\r$/, ''))
          pending = pending.slice(newline + 1)
        }
      })
      let finished = false
      const finish = (): void => {
        if (finished) return
        finished = true
        if (pending) commands.line(pending)
        done()
      }
      stream.on('end', finish)
      stream.on('close', finish)
    })
  let timedOut = false
  const timer = setTimeout(() => {
    timedOut = true
    // The whole process group: a shell's children (terraform) go too.
    if (child.pid) {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        child.kill('SIGKILL')
      }
    }
  }, proc.timeoutMs)
  let spawnError: string | undefined
  const exited = new Promise<number>(done => {
    child.on('error', error => {
      spawnError = error.message
      done(-1)
    })
    child.on('close', code => done(code ?? -1))
  })
  const [exitCode] = await Promise.all([exited, feed(child.stdout), feed(child.stderr)])
  clearTimeout(timer)
  return { exitCode, timedOut, spawnError }
}
