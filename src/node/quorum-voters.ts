// Who votes in the metadata quorum, from Kafka's properties:
// - `controller.quorum.voters` (`1@host:9093,2@host:9193`): the static voter set, as Kafka.
// - `controller.quorum.bootstrap.servers` (`host:9093,host:9193`, KIP-853) on a broker-only node:
//   the node asks those controllers with DescribeQuorum v2 until the leader answers, and takes
//   the voters and their endpoints from its Nodes. Oxbow's controllers keep a static voter set
//   (no AddRaftVoter/RemoveRaftVoter), so a controller still needs `controller.quorum.voters`.
// - neither, on a controller: the node alone at its controller listener (a single-node cluster).
import type { Logger } from 'pino'
import type { BrokerConfig, ListenerSpec } from '../broker/broker-config.js'
import { parseQuorumVoters } from '../broker/controller-channel.js'
import { NodeClient } from '../network/client.js'
import { ErrorCode } from '../protocol/errors.js'
import { describeQuorumApi } from '../protocol/generated/apis/describe-quorum.js'
import { METADATA_TOPIC } from '../raft/driver.js'

export type VoterAddresses = Map<number, { host: string; port: number }>

export async function resolveQuorumVoters(
  config: BrokerConfig,
  bound: ReadonlyMap<string, ListenerSpec>,
  logger: Logger,
  timeoutMs = 60_000,
): Promise<VoterAddresses> {
  const configured = config.properties.get('controller.quorum.voters')?.trim() ?? ''
  if (configured !== '') return parseQuorumVoters(configured)
  const isController = config.processRoles.includes('controller')
  const bootstrap = config.properties.get('controller.quorum.bootstrap.servers')?.trim() ?? ''
  if (bootstrap !== '' && !isController) return discoverVoters(parseServers(bootstrap), logger, timeoutMs)
  const controller = [...bound.values()].find((l) => config.controllerListenerNames.includes(l.name))
  if (!isController || controller === undefined) {
    throw new Error(
      'a node without the controller role needs controller.quorum.voters or controller.quorum.bootstrap.servers',
    )
  }
  if (bootstrap !== '') {
    throw new Error('a controller needs controller.quorum.voters (dynamic quorums, KIP-853, are not supported)')
  }
  const host = controller.host === '0.0.0.0' || controller.host === '::' ? '127.0.0.1' : controller.host
  return new Map([[config.nodeId, { host, port: controller.port }]])
}

function parseServers(value: string): { host: string; port: number }[] {
  return value
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
    .map((entry) => {
      const match = /^(?:\[([^\]]+)\]|([^:[\]]+)):(\d+)$/.exec(entry)
      if (match === null) throw new Error(`controller.quorum.bootstrap.servers: '${entry}' is not host:port`)
      return { host: match[1] ?? match[2] ?? '', port: Number(match[3]) }
    })
}

/** Asks the bootstrap controllers in turn until the quorum's leader names the voters. */
async function discoverVoters(
  servers: readonly { host: string; port: number }[],
  logger: Logger,
  timeoutMs: number,
): Promise<VoterAddresses> {
  const deadline = Date.now() + timeoutMs
  for (let round = 0; ; round++) {
    for (const server of servers) {
      const client = new NodeClient({ ...server, clientId: 'oxbow-quorum-bootstrap', requestTimeoutMs: 2000 })
      try {
        const answer = await client.request(describeQuorumApi, 2, {
          topics: [{ topicName: METADATA_TOPIC, partitions: [{ partitionIndex: 0 }] }],
        })
        const partition = answer.topics[0]?.partitions[0]
        if (answer.errorCode === ErrorCode.NONE && partition?.errorCode === ErrorCode.NONE && answer.nodes.length > 0) {
          const voters: VoterAddresses = new Map()
          for (const node of answer.nodes) {
            const listener = node.listeners[0]
            if (listener !== undefined) voters.set(node.nodeId, { host: listener.host, port: listener.port })
          }
          logger.info({ voters: [...voters] }, 'quorum voters learned from controller.quorum.bootstrap.servers')
          return voters
        }
      } catch (err) {
        logger.debug({ err, server }, 'bootstrap controller did not answer DescribeQuorum')
      } finally {
        await client.close()
      }
    }
    if (Date.now() > deadline) {
      throw new Error(
        `no controller of controller.quorum.bootstrap.servers named the quorum's voters in ${timeoutMs} ms`,
      )
    }
    await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** round)))
  }
}
