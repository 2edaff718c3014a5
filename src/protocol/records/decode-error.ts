// The one exception type the records layer throws for malformed bytes. Callers on the
// produce path use the result-returning validators in batch.ts instead; DecodeError is for
// the full decoder (records, compression) where a malformed input has no partial answer.
// `errorName` is the Kafka error the broker answers with when the bytes came from a client.

export type RecordsErrorName = 'CORRUPT_MESSAGE' | 'INVALID_RECORD'

export class DecodeError extends Error {
  override readonly name = 'DecodeError'
  readonly errorName: RecordsErrorName

  constructor(message: string, errorName: RecordsErrorName = 'CORRUPT_MESSAGE') {
    super(message)
    this.errorName = errorName
  }
}
