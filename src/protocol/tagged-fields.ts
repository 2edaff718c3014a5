// Tagged fields (KIP-482) carried through unchanged when a decoder does not
// know their tag, so a message re-encoded by us loses nothing a newer peer sent.
export interface TaggedField {
  readonly tag: number
  readonly data: Buffer
}
