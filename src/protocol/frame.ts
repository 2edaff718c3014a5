// Kafka framing: every request and response is an int32 size followed by a
// header and a body. The header version is not on the wire; it follows from
// the API key and version (flexible APIs use request header v2 and response
// header v1), with two exceptions Kafka keeps for old clients:
// ControlledShutdown v0 has request header v0 (no client id), and the
// ApiVersions response header is always v0 so a client can read it before it
// knows which versions the broker speaks (KIP-511; librdkafka depends on it).
import { DecodeError } from './decode-error.js'
import { ApiKey, type ApiVersionsEntry, apiTable, type MessageCodec } from './generated/api-table.js'
import { requestHeader, responseHeader } from './generated/headers.js'
import type { RequestHeader, ResponseHeader } from './generated/index.js'
import { Reader } from './reader.js'
import { Writer } from './writer.js'

function isFlexible(api: ApiVersionsEntry | undefined, apiVersion: number): boolean {
  return api !== undefined && apiVersion >= api.flexibleMinVersion
}

export function requestHeaderVersion(apiKey: number, apiVersion: number): number {
  if (apiKey === ApiKey.CONTROLLED_SHUTDOWN && apiVersion === 0) return 0
  return isFlexible(apiTable.get(apiKey), apiVersion) ? 2 : 1
}

export function responseHeaderVersion(apiKey: number, apiVersion: number): number {
  if (apiKey === ApiKey.API_VERSIONS) return 0
  return isFlexible(apiTable.get(apiKey), apiVersion) ? 1 : 0
}

export interface DecodedRequestHeader {
  readonly header: RequestHeader
  readonly headerVersion: number
  /** Positioned at the first byte of the body. */
  readonly body: Reader
}

/**
 * Reads the header of one request frame (without its size prefix). The API key
 * and version are peeked first because they decide how the rest is laid out.
 * An unknown API key still yields a header (v1, as Kafka parses it) so the
 * caller can log the correlation id before closing the connection.
 */
export function readRequestHeader(frame: Buffer): DecodedRequestHeader {
  if (frame.length < 8) throw new DecodeError(`request frame of ${frame.length} bytes is shorter than a header`)
  const apiKey = frame.readInt16BE(0)
  const apiVersion = frame.readInt16BE(2)
  const headerVersion = requestHeaderVersion(apiKey, apiVersion)
  const r = new Reader(frame)
  const header = requestHeader.read(r, headerVersion)
  return { header, headerVersion, body: r }
}

export interface DecodedResponseHeader {
  readonly header: ResponseHeader
  readonly body: Reader
}

/** Reads a response frame's header; the caller knows which request it answers. */
export function readResponseHeader(frame: Buffer, apiKey: number, apiVersion: number): DecodedResponseHeader {
  const r = new Reader(frame)
  const header = responseHeader.read(r, responseHeaderVersion(apiKey, apiVersion))
  return { header, body: r }
}

/** A whole response frame, size prefix included, as chunks for one writev. */
export function encodeResponse<T>(
  api: { readonly apiKey: number; readonly response: MessageCodec<T> },
  apiVersion: number,
  correlationId: number,
  body: T,
): Buffer[] {
  const w = new Writer()
  const size = w.reserveInt32()
  responseHeader.write(w, { correlationId }, responseHeaderVersion(api.apiKey, apiVersion))
  api.response.write(w, body, apiVersion)
  size.buf.writeInt32BE(w.length - 4, size.offset)
  return w.toChunks()
}

/** A whole request frame, size prefix included (what a client, a follower or a voter sends). */
export function encodeRequest<T>(
  api: { readonly apiKey: number; readonly request: MessageCodec<T> },
  apiVersion: number,
  correlationId: number,
  clientId: string | null,
  body: T,
): Buffer[] {
  const w = new Writer()
  const size = w.reserveInt32()
  const header: RequestHeader = { requestApiKey: api.apiKey, requestApiVersion: apiVersion, correlationId, clientId }
  requestHeader.write(w, header, requestHeaderVersion(api.apiKey, apiVersion))
  api.request.write(w, body, apiVersion)
  size.buf.writeInt32BE(w.length - 4, size.offset)
  return w.toChunks()
}
