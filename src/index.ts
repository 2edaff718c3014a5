// The package entry: what `import ... from 'oxbow'` gives. The in-process
// node (`startNode`) joins this once the single-node broker lands.
export { DecodeError, EncodeError } from './protocol/decode-error.js'
export { ErrorCode, errorInfo, KafkaError } from './protocol/errors.js'
export * from './protocol/frame.js'
export { type ApiDefinition, ApiKey, apiByKey, apis, type MessageCodec } from './protocol/generated/index.js'
export { Reader } from './protocol/reader.js'
export { Writer } from './protocol/writer.js'
