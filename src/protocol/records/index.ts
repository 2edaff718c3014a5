// The records layer's public surface: record batch v2 header view and validation
// (batch.ts), full codec (codec.ts), control records (control.ts), CRC-32C (crc32c.ts),
// compression codecs (compression/), and the one DecodeError. Pure: node builtins and npm
// packages only, no I/O, no clock.

export * from './batch.js'
export * from './codec.js'
export * from './compression/index.js'
export * from './control.js'
export * from './crc32c.js'
export * from './decode-error.js'
export * from './produce.js'
export { RecordReader, RecordWriter, sizeOfVarint, sizeOfVarlong } from './varint.js'
