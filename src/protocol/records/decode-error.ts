// The records layer throws the protocol's one DecodeError (see ../decode-error.ts).
export { DecodeError, type RecordsErrorName } from '../decode-error.js'
