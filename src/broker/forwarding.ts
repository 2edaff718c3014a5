// Forwarding of admin requests to the active controller (KIP-590), as Kafka's
// ForwardingManager (core/.../server/ForwardingManager.scala): a request of a
// forwardable API that arrives on a Kafka (non-controller) listener of a node
// that is not the active controller is wrapped, bytes unchanged (header and
// body, without the size prefix), in an Envelope and sent over the controller
// channel. The Envelope's responseData (the controller's response header and
// body) goes back to the client as it is, with the client's correlation id
// written into its header.
//
// Failures, as ForwardingManager answers them, in the forwarded API's own
// error shape (every topic or resource carries the error):
// - no controller answered before the channel's retry timeout (Kafka: 60 s,
//   NOT_CONTROLLER answers and disconnects being retried until then):
//   REQUEST_TIMED_OUT (Kafka's `getErrorResponse(new TimeoutException())`);
// - an Envelope error or a response without data: UNKNOWN_SERVER_ERROR (Kafka
//   hides envelope errors from clients, they mean broker misconfiguration);
// - no controller channel, or it is closing (the node is shutting down):
//   NOT_CONTROLLER, so the client refreshes metadata and retries elsewhere.
//
// The Envelope carries the client's principal and address as Kafka does. We
// have no authentication yet, so the principal is always User:ANONYMOUS,
// serialised as DefaultKafkaPrincipalBuilder does: an int16 version (0) and
// then DefaultPrincipalData v0 { type, name, tokenAuthenticated } (flexible).
// The address is the raw IPv4 (4 bytes) or IPv6 (16 bytes) address, as Java's
// InetAddress.getAddress(); an IPv4-mapped IPv6 address is sent as IPv4.

import { electLeadersErrorResponse } from '../metadata/controller/elect-leaders.js'
import {
  alterPartitionReassignmentsErrorResponse,
  listPartitionReassignmentsErrorResponse,
} from '../metadata/controller/reassignment.js'
import { ErrorCode, errorInfo } from '../protocol/errors.js'
import { encodeResponse } from '../protocol/frame.js'
import { type ApiDefinition, ApiKey } from '../protocol/generated/api-table.js'
import { envelopeApi } from '../protocol/generated/apis/envelope.js'
import type { AlterConfigsRequest } from '../protocol/generated/message/alter-configs-request.js'
import type { AlterPartitionReassignmentsRequest } from '../protocol/generated/message/alter-partition-reassignments-request.js'
import type { CreatePartitionsRequest } from '../protocol/generated/message/create-partitions-request.js'
import type { CreateTopicsRequest } from '../protocol/generated/message/create-topics-request.js'
import { writeDefaultPrincipalData } from '../protocol/generated/message/default-principal-data.js'
import type { DeleteTopicsRequest } from '../protocol/generated/message/delete-topics-request.js'
import type { ElectLeadersRequest } from '../protocol/generated/message/elect-leaders-request.js'
import type { EnvelopeResponse } from '../protocol/generated/message/envelope-response.js'
import type { IncrementalAlterConfigsRequest } from '../protocol/generated/message/incremental-alter-configs-request.js'
import { Writer } from '../protocol/writer.js'
import type { Broker } from './broker.js'
import { ControllerChannelError } from './controller-channel.js'
import type { DispatchResult } from './dispatch.js'
import { awaitLocalVisibility } from './forwarded-visibility.js'

/** Kafka's forwardable APIs (ApiKeys.java, `forwardable = true`). Only those we serve are ever forwarded. */
export const FORWARDABLE_API_KEYS: ReadonlySet<number> = new Set([
  ApiKey.CREATE_TOPICS,
  ApiKey.DELETE_TOPICS,
  ApiKey.CREATE_ACLS,
  ApiKey.DELETE_ACLS,
  ApiKey.ALTER_CONFIGS,
  ApiKey.CREATE_PARTITIONS,
  ApiKey.CREATE_DELEGATION_TOKEN,
  ApiKey.RENEW_DELEGATION_TOKEN,
  ApiKey.EXPIRE_DELEGATION_TOKEN,
  ApiKey.ELECT_LEADERS,
  ApiKey.INCREMENTAL_ALTER_CONFIGS,
  ApiKey.ALTER_PARTITION_REASSIGNMENTS,
  ApiKey.LIST_PARTITION_REASSIGNMENTS,
  ApiKey.ALTER_CLIENT_QUOTAS,
  ApiKey.ALTER_USER_SCRAM_CREDENTIALS,
  ApiKey.DESCRIBE_QUORUM,
  ApiKey.UPDATE_FEATURES,
  ApiKey.UNREGISTER_BROKER,
  ApiKey.ALLOCATE_PRODUCER_IDS,
  ApiKey.ADD_RAFT_VOTER,
  ApiKey.REMOVE_RAFT_VOTER,
])

/** Whether a request that arrived on `listenerName` goes to the active controller instead of being served here. */
export function shouldForward(broker: Broker, apiKey: number, listenerName: string): boolean {
  if (!FORWARDABLE_API_KEYS.has(apiKey)) return false
  if (broker.config.controllerListenerNames.includes(listenerName)) return false
  return !broker.metadata.isActiveController()
}

/** DefaultKafkaPrincipalBuilder.serialize: int16 version, then DefaultPrincipalData. */
export function serializePrincipal(principalType: string, name: string): Buffer {
  const w = new Writer(64)
  w.writeInt16(0)
  writeDefaultPrincipalData(w, { type: principalType, name, tokenAuthenticated: false }, 0)
  return w.toBuffer()
}

const ANONYMOUS_PRINCIPAL = serializePrincipal('User', 'ANONYMOUS')

/**
 * InetAddress.getAddress() of a connection's remote address (`ip:port` as the
 * network layer names it, or a bare ip); empty when it is not an IP address.
 */
export function clientAddressBytes(remoteAddress: string): Buffer {
  const withPort = /^(.*):(\d{1,5})$/.exec(remoteAddress)
  const host = withPort?.[1]
  return (host === undefined ? null : ipBytes(host)) ?? ipBytes(remoteAddress) ?? Buffer.alloc(0)
}

function ipBytes(address: string): Buffer | null {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
  const octets = (mapped?.[1] ?? address).split('.')
  if (octets.length === 4 && octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255)) {
    return Buffer.from(octets.map(Number))
  }
  return ipv6Bytes(address)
}

function ipv6Bytes(address: string): Buffer | null {
  const halves = address.split('::')
  if (halves.length > 2) return null
  const parse = (part: string | undefined) => (part === undefined || part === '' ? [] : part.split(':'))
  const head = parse(halves[0])
  const tail = parse(halves[1])
  const missing = 8 - head.length - tail.length
  if (halves.length === 1 ? missing !== 0 : missing < 1) return null
  const groups = [...head, ...Array<string>(missing).fill('0'), ...tail]
  if (!groups.every((g) => /^[0-9a-f]{1,4}$/i.test(g))) return null
  const out = Buffer.alloc(16)
  for (const [i, g] of groups.entries()) out.writeUInt16BE(Number.parseInt(g, 16), 2 * i)
  return out
}

/** The dotted or colon form of an Envelope's clientHostAddress, for logs and request contexts. */
export function formatClientAddress(bytes: Buffer): string {
  if (bytes.length === 4) return [...bytes].join('.')
  if (bytes.length === 16) {
    const groups: string[] = []
    for (let i = 0; i < 16; i += 2) groups.push(bytes.readUInt16BE(i).toString(16))
    return groups.join(':')
  }
  return 'unknown'
}

export interface ForwardedRequest<Req, Res> {
  readonly api: ApiDefinition<Req, Res>
  readonly apiVersion: number
  readonly correlationId: number
  /** The request frame without its size prefix: header and body, as the client sent them. */
  readonly frame: Buffer
  readonly request: Req
  readonly remoteAddress: string
}

/** Sends a request to the active controller in an Envelope and resolves with the client's response frame. */
export async function forwardRequest<Req, Res>(
  broker: Broker,
  forwarded: ForwardedRequest<Req, Res>,
): Promise<DispatchResult> {
  const channel = broker.controllerChannel
  if (channel === null) return errorResult(forwarded, ErrorCode.NOT_CONTROLLER)
  let envelope: EnvelopeResponse
  try {
    envelope = await channel.request(envelopeApi, 0, {
      requestData: forwarded.frame,
      requestPrincipal: ANONYMOUS_PRINCIPAL,
      clientHostAddress: clientAddressBytes(forwarded.remoteAddress),
    })
  } catch (err) {
    if (err instanceof ControllerChannelError && err.reason === 'timeout') {
      broker.logger.debug({ api: forwarded.api.name, err }, 'forwarding timed out')
      return errorResult(forwarded, ErrorCode.REQUEST_TIMED_OUT)
    }
    if (err instanceof ControllerChannelError && err.reason === 'closed') {
      return errorResult(forwarded, ErrorCode.NOT_CONTROLLER)
    }
    broker.logger.error({ api: forwarded.api.name, err }, 'forwarding failed')
    return errorResult(forwarded, ErrorCode.UNKNOWN_SERVER_ERROR)
  }
  const data = envelope.responseData
  if (envelope.errorCode !== ErrorCode.NONE || data === null || data.length < 4) {
    broker.logger.warn(
      { api: forwarded.api.name, envelopeError: envelope.errorCode, bytes: data?.length ?? null },
      'the controller refused a forwarded request',
    )
    return errorResult(forwarded, ErrorCode.UNKNOWN_SERVER_ERROR)
  }
  const frame = Buffer.allocUnsafe(4 + data.length)
  frame.writeInt32BE(data.length, 0)
  data.copy(frame, 4)
  // The inner header's correlation id is the client's already (we sent its bytes); write it anyway.
  frame.writeInt32BE(forwarded.correlationId, 4)
  await awaitLocalVisibility(
    broker,
    { apiKey: forwarded.api.apiKey, apiVersion: forwarded.apiVersion, request: forwarded.request },
    frame,
  )
  return { kind: 'response', chunks: [frame] }
}

function errorResult<Req, Res>(forwarded: ForwardedRequest<Req, Res>, errorCode: ErrorCode): DispatchResult {
  const message = forwarded.apiVersion >= 1 ? (errorInfo(errorCode).message ?? null) : null
  const response = forwardingErrorResponse(
    forwarded.api.apiKey,
    forwarded.apiVersion,
    forwarded.request,
    errorCode,
    message,
  )
  if (response === null) return { kind: 'close', reason: `${forwarded.api.name} could not be forwarded` }
  const chunks = encodeResponse(forwarded.api, forwarded.apiVersion, forwarded.correlationId, response as Res)
  return { kind: 'response', chunks }
}

/**
 * The response of a forwardable API we serve with every entry failed with
 * `errorCode`, as Kafka's `AbstractRequest.getErrorResponse`; null for an API
 * we have no shape for (it is then not served, so not forwarded).
 */
export function forwardingErrorResponse(
  apiKey: number,
  apiVersion: number,
  request: unknown,
  errorCode: number,
  errorMessage: string | null,
): unknown {
  switch (apiKey) {
    case ApiKey.CREATE_TOPICS: {
      const r = request as CreateTopicsRequest
      return {
        throttleTimeMs: 0,
        topics: r.topics.map((t) => ({
          name: t.name,
          topicId: Buffer.alloc(16),
          errorCode,
          errorMessage,
          topicConfigErrorCode: 0,
          numPartitions: -1,
          replicationFactor: -1,
          configs: null,
        })),
      }
    }
    case ApiKey.DELETE_TOPICS: {
      const r = request as DeleteTopicsRequest
      const topics =
        apiVersion >= 6
          ? r.topics.map((t) => ({ name: t.name, topicId: t.topicId }))
          : r.topicNames.map((name) => ({ name, topicId: Buffer.alloc(16) }))
      return {
        throttleTimeMs: 0,
        responses: topics.map((t) => ({ name: t.name, topicId: t.topicId, errorCode, errorMessage })),
      }
    }
    case ApiKey.CREATE_PARTITIONS: {
      const r = request as CreatePartitionsRequest
      return { throttleTimeMs: 0, results: r.topics.map((t) => ({ name: t.name, errorCode, errorMessage })) }
    }
    case ApiKey.ALTER_CONFIGS:
    case ApiKey.INCREMENTAL_ALTER_CONFIGS: {
      const r = request as AlterConfigsRequest | IncrementalAlterConfigsRequest
      return {
        throttleTimeMs: 0,
        responses: r.resources.map((resource) => ({
          errorCode,
          errorMessage,
          resourceType: resource.resourceType,
          resourceName: resource.resourceName,
        })),
      }
    }
    case ApiKey.ALTER_PARTITION_REASSIGNMENTS:
      return alterPartitionReassignmentsErrorResponse(
        request as AlterPartitionReassignmentsRequest,
        errorCode,
        errorMessage,
      )
    case ApiKey.LIST_PARTITION_REASSIGNMENTS:
      return listPartitionReassignmentsErrorResponse(errorCode, errorMessage)
    case ApiKey.ELECT_LEADERS:
      return electLeadersErrorResponse(request as ElectLeadersRequest, errorCode, errorMessage)
    default:
      return null
  }
}
