/**
 * Starts Azurite's blob service (Microsoft's Azure Storage emulator, from npm) as a child process on a
 * free loopback port, in memory, with an account whose key the caller generated.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'

export interface AzuriteProcess {
  /** `http://127.0.0.1:<port>` (no account path). */
  url: string
  stop(): Promise<void>
}

/** Resolves once Azurite prints the port it listens on; rejects with its output when it exits first. */
export async function startAzurite(options: {
  cwd: string
  accounts: string
  repoRoot: string
}): Promise<AzuriteProcess> {
  const main = join(options.repoRoot, 'node_modules', 'azurite', 'dist', 'src', 'blob', 'main.js')
  const args = ['--disableTelemetry', '--inMemoryPersistence', '--extentMemoryLimit', '256', '--silent']
  args.push('--blobHost', '127.0.0.1', '--blobPort', '0', '--skipApiVersionCheck')
  const child = spawn(process.execPath, [main, ...args], {
    cwd: options.cwd,
    env: { ...process.env, AZURITE_ACCOUNTS: options.accounts, NODE_OPTIONS: '' },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  // If the test process dies without afterAll, do not leave the emulator behind.
  const killOnExit = (): void => void child.kill('SIGKILL')
  process.once('exit', killOnExit)
  const exited = new Promise<void>(done => child.once('exit', () => done()))
  let output = ''
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Azurite did not start within 30 s:\n${output}`)), 30_000)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString()
      const match = /listens on (http:\/\/127\.0\.0\.1:\d+)/.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', code => {
      clearTimeout(timer)
      reject(new Error(`Azurite exited with code ${code} before listening:\n${output}`))
    })
  }).catch(async error => {
    child.kill('SIGKILL')
    await exited
    process.removeListener('exit', killOnExit)
    throw error
  })
  return {
    url,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000)
        await exited
        clearTimeout(timer)
      }
      process.removeListener('exit', killOnExit)
    }
  }
}
