// Generated from spec/kafka/ by scripts/codegen. Do not edit.
// The headers codecs.
import type { MessageCodec } from './api-table.js'
import { defaultRequestHeader, readRequestHeader, writeRequestHeader, type RequestHeader } from './message/request-header.js'
import { defaultResponseHeader, readResponseHeader, writeResponseHeader, type ResponseHeader } from './message/response-header.js'

export const requestHeader: MessageCodec<RequestHeader> = { name: 'RequestHeader', minVersion: 0, maxVersion: 2, flexibleMinVersion: 2, read: readRequestHeader, write: writeRequestHeader, create: defaultRequestHeader }
export const responseHeader: MessageCodec<ResponseHeader> = { name: 'ResponseHeader', minVersion: 0, maxVersion: 1, flexibleMinVersion: 1, read: readResponseHeader, write: writeResponseHeader, create: defaultResponseHeader }
