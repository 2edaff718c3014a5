// The one error every protocol decoder throws for bytes it cannot accept. The
// network layer catches it per frame and answers or closes that connection
// only. `errorName` is the Kafka error to answer with where the bytes are a
// record batch a client sent (a malformed request frame closes the connection).
export type RecordsErrorName = 'CORRUPT_MESSAGE' | 'INVALID_RECORD'

export class DecodeError extends Error {
  override readonly name = 'DecodeError'
  readonly errorName: RecordsErrorName

  constructor(message: string, errorName: RecordsErrorName = 'CORRUPT_MESSAGE') {
    super(message)
    this.errorName = errorName
  }
}

// Thrown when a message cannot be written at the requested version: a field
// the version lacks holds a non-default value and the spec does not mark it
// ignorable, or a null is written where the version does not allow one. It is
// a caller's bug or an unsupported request shape, never a bad-input problem.
export class EncodeError extends Error {
  override readonly name = 'EncodeError'
}
