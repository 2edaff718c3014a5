// Runs a stock client (kcat, a Python script) to completion and collects its
// output, for tests that drive real clients.
import { spawn } from 'node:child_process'

export interface ProcessResult {
  readonly code: number | null
  readonly stdout: string
  readonly stderr: string
}

export function runProcess(command: string, args: readonly string[], input?: string): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString()
    })
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString()
    })
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.end(input ?? '')
  })
}

/** Runs the command and parses its standard output as JSON; a non-zero exit rejects with its stderr. */
export async function runJson<T>(command: string, args: readonly string[]): Promise<T> {
  const { code, stdout, stderr } = await runProcess(command, args)
  if (code !== 0) throw new Error(`${command} exited ${code}: ${stderr}`)
  return JSON.parse(stdout) as T
}
