#!/usr/bin/env node
// The `oxbow` command, a thin wrapper over startNode (src/node/).
// `oxbow start [server.properties] [--override key=value ...]` as
// kafka-server-start.sh takes them; with nothing given, one combined
// broker+controller node on 127.0.0.1:9092 with data in ./data.
import { readFileSync } from 'node:fs'
import { Command } from 'commander'
import { pino } from 'pino'
import { parseProperties } from '../broker/broker-config.js'
import { startNode } from '../node/start-node.js'

const program = new Command()
program.name('oxbow').description('A Kafka-compatible broker for Node.js').version('0.1.0')

program
  .command('start')
  .description('start a node (default: combined broker+controller on 127.0.0.1:9092, data in ./data)')
  .argument('[properties]', 'a Kafka server.properties file')
  .option('--override <key=value...>', 'override a property, as kafka-server-start.sh', [])
  .option('--data-dir <dir>', 'data directory (log.dirs)')
  .option('--port <port>', 'Kafka listener port (0 = any free port)')
  .option('--log-level <level>', 'pino log level', 'info')
  .action(
    async (
      file: string | undefined,
      opts: { override: string[]; dataDir?: string; port?: string; logLevel: string },
    ) => {
      const logger = pino({ level: opts.logLevel })
      const properties = file === undefined ? new Map<string, string>() : parseProperties(readFileSync(file, 'utf8'))
      for (const entry of opts.override) {
        const eq = entry.indexOf('=')
        if (eq <= 0) throw new Error(`--override expects key=value, got '${entry}'`)
        properties.set(entry.slice(0, eq), entry.slice(eq + 1))
      }
      const node = await startNode({
        properties,
        logger,
        ...(opts.dataDir === undefined ? {} : { dataDir: opts.dataDir }),
        ...(opts.port === undefined ? {} : { port: Number(opts.port) }),
      })
      logger.info({ bootstrap: node.bootstrap }, `ready: point your Kafka clients at ${node.bootstrap}`)
      let stopping = false
      const stop = (signal: string) => {
        if (stopping) return
        stopping = true
        logger.info({ signal }, 'shutting down')
        node.close().then(
          () => process.exit(0),
          (err: unknown) => {
            logger.error({ err }, 'shutdown failed')
            process.exit(1)
          },
        )
      }
      process.on('SIGTERM', () => stop('SIGTERM'))
      process.on('SIGINT', () => stop('SIGINT'))
    },
  )

program
  .command('apis')
  .description('list the Kafka APIs and versions the protocol layer can encode and decode')
  .action(async () => {
    // Loaded here only: the full table pulls in every message module.
    const { apiByKey } = await import('../protocol/generated/index.js')
    for (const api of apiByKey.values()) {
      console.log(`${String(api.apiKey).padStart(2)} ${api.name.padEnd(36)} v${api.minVersion}-${api.maxVersion}`)
    }
  })

program.parseAsync().catch((err: unknown) => {
  console.error(`oxbow: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
