#!/usr/bin/env node
// The `oxbow` command. A thin wrapper: everything it starts lives in src/node/.
import { Command } from 'commander'
import { apiByKey } from '../protocol/generated/index.js'

const program = new Command()
program.name('oxbow').description('A Kafka-compatible broker for Node.js').version('0.1.0')

program
  .command('start')
  .description('start a combined broker+controller node on 127.0.0.1:9092')
  .action(() => {
    // The network server and broker are the single-node broker issue; until it
    // lands, say so plainly instead of pretending to serve.
    console.error('oxbow: the broker is not built yet (protocol codecs only); see README.md "Status".')
    process.exitCode = 1
  })

program
  .command('apis')
  .description('list the Kafka APIs and versions the protocol layer can encode and decode')
  .action(() => {
    for (const api of apiByKey.values()) {
      console.log(`${String(api.apiKey).padStart(2)} ${api.name.padEnd(36)} v${api.minVersion}-${api.maxVersion}`)
    }
  })

program.parse()
