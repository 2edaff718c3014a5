// The package entry: what `import ... from 'oxbow'` gives. The in-process
// node is `startNode`; the rest is the protocol layer for tools and tests.

export { type RunningNode, type StartNodeOptions, startNode } from './node/start-node.js'
export { DecodeError, EncodeError } from './protocol/decode-error.js'
export { ErrorCode, errorInfo, KafkaError } from './protocol/errors.js'
export * from './protocol/frame.js'
export { type ApiDefinition, ApiKey, apiByKey, apis, type MessageCodec } from './protocol/generated/index.js'
export { Reader } from './protocol/reader.js'
export { Writer } from './protocol/writer.js'
