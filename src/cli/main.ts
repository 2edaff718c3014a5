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
import { runDevCluster } from './dev.js'

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
      const readyMessage = node.roles.includes('broker')
        ? `ready: point your Kafka clients at ${node.bootstrap}`
        : `ready: controller ${node.nodeId} listening at ${node.bootstrap} (no broker role: clients connect to the brokers)`
      logger.info({ bootstrap: node.bootstrap }, readyMessage)
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
  .command('dev')
  .description('start a local cluster of combined nodes, one process each (ports 9092/9093, 9192/9193, ...)')
  .option('--nodes <n>', 'number of nodes', '3')
  .option('--port <port>', 'Kafka port of node 1; node i uses port + 100(i-1), its controller port + 1', '9092')
  .option('--host <host>', 'listener host', '127.0.0.1')
  .option('--data-dir <dir>', 'data directory (node i keeps its data in <dir>/node-i)', './data')
  .option('--override <key=value...>', 'a property for every node', [])
  .option('--log-level <level>', 'pino log level of the nodes', 'info')
  .action(
    async (opts: {
      nodes: string
      port: string
      host: string
      dataDir: string
      override: string[]
      logLevel: string
    }) => {
      const nodes = Number(opts.nodes)
      const basePort = Number(opts.port)
      if (!Number.isInteger(nodes) || nodes < 1 || nodes > 9)
        throw new Error(`--nodes must be 1..9, got '${opts.nodes}'`)
      if (!Number.isInteger(basePort) || basePort < 1 || basePort + 100 * (nodes - 1) + 1 > 65535) {
        throw new Error(`--port must leave room for ${nodes} nodes, got '${opts.port}'`)
      }
      const overrides = new Map<string, string>()
      for (const entry of opts.override) {
        const eq = entry.indexOf('=')
        if (eq <= 0) throw new Error(`--override expects key=value, got '${entry}'`)
        overrides.set(entry.slice(0, eq), entry.slice(eq + 1))
      }
      await runDevCluster({
        nodes,
        basePort,
        host: opts.host,
        dataDir: opts.dataDir,
        logLevel: opts.logLevel,
        overrides,
      })
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
