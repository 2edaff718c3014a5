// Start-up cost of a node, the figure that matters for a test suite that
// embeds a broker: in-process startNode on a fresh data dir until its first
// Metadata request is answered (goal < 100 ms), next to the baseline of a
// bare TCP server doing one round trip. The CLI start (goal < 1 s) is
// measured by spawning the built `oxbow start` until its ready line (run
// `npm run build` first).
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { connect, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { bench, describe } from 'vitest'
import { startNode } from '../../src/node/start-node.js'
import { apis } from '../../src/protocol/generated/index.js'
import { RawClient } from '../../test/support/raw-client.js'

describe('node start', () => {
  bench('baseline: TCP listen + one round trip', async () => {
    const server = createServer((s) => s.on('data', (d) => s.write(d)))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
    const port = (server.address() as { port: number }).port
    await new Promise<void>((resolve) => {
      const socket = connect({ port, host: '127.0.0.1' }, () => socket.write('x'))
      socket.once('data', () => {
        socket.destroy()
        resolve()
      })
    })
    await new Promise((resolve) => server.close(resolve))
  })

  bench(
    'startNode (fresh dir) until the first Metadata answer, then close',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'oxbow-start-'))
      const node = await startNode({ dataDir: dir, port: 0 })
      const client = await RawClient.connect(node.port)
      await client.requestWith(apis.METADATA, 12, { topics: null })
      client.close()
      await node.close()
      rmSync(dir, { recursive: true, force: true })
    },
    { iterations: 20 },
  )

  bench(
    'CLI: spawn `oxbow start` until ready, then SIGTERM',
    async () => {
      const dir = mkdtempSync(join(tmpdir(), 'oxbow-cli-'))
      const child = spawn(
        process.execPath,
        [
          'dist/cli/main.js',
          'start',
          '--data-dir',
          dir,
          '--port',
          '0',
          '--override',
          'listeners=PLAINTEXT://127.0.0.1:0,CONTROLLER://127.0.0.1:0',
        ],
        {
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      )
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          if (d.toString().includes('"bootstrap"')) resolve()
        })
        child.once('exit', () => reject(new Error('oxbow exited before ready')))
      })
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await exited
      rmSync(dir, { recursive: true, force: true })
    },
    { iterations: 5 },
  )
})
