// The one error every protocol decoder throws for bytes it cannot accept. The
// network layer catches it per frame and answers or closes that connection only.
export class DecodeError extends Error {
  override readonly name = 'DecodeError'
}

// Thrown when a message cannot be written at the requested version: a field
// the version lacks holds a non-default value and the spec does not mark it
// ignorable, or a null is written where the version does not allow one. It is
// a caller's bug or an unsupported request shape, never a bad-input problem.
export class EncodeError extends Error {
  override readonly name = 'EncodeError'
}
