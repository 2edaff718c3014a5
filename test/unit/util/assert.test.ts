// Goal: assert throws AssertionError with the given message and narrows types; assertNever names
// the value it did not expect. Method: call both directly.

import { describe, expect, it } from 'vitest'
import { AssertionError, assert, assertNever } from '../../../src/util/assert.js'

describe('assert', () => {
  it('passes on truthy conditions and narrows', () => {
    const value: string | undefined = 'x' as string | undefined
    assert(value !== undefined, 'value is set')
    expect(value.length).toBe(1)
    assert(1, 'truthy number')
  })

  it('throws AssertionError with the message', () => {
    expect(() => assert(false, 'offset must be >= 0')).toThrow(new AssertionError('offset must be >= 0'))
    const err = (() => {
      try {
        assert(0, 'zero')
      } catch (e) {
        return e
      }
      return undefined
    })()
    expect(err).toBeInstanceOf(AssertionError)
    expect(err).toBeInstanceOf(Error)
    expect((err as AssertionError).name).toBe('AssertionError')
    expect((err as AssertionError).message).toBe('zero')
  })
})

describe('assertNever', () => {
  type Shape = { kind: 'circle' } | { kind: 'square' }
  function area(shape: Shape): number {
    switch (shape.kind) {
      case 'circle':
        return 3
      case 'square':
        return 4
      default:
        return assertNever(shape, 'unknown shape')
    }
  }

  it('is unreachable for well-typed input', () => {
    expect(area({ kind: 'square' })).toBe(4)
  })

  it('throws naming the value when reached anyway', () => {
    expect(() => area({ kind: 'hexagon' } as unknown as Shape)).toThrow(
      new AssertionError('unknown shape: {"kind":"hexagon"}'),
    )
    expect(() => assertNever(5n as never)).toThrow(new AssertionError('unexpected value: 5n'))
    expect(() => assertNever(undefined as never)).toThrow(new AssertionError('unexpected value: undefined'))
  })
})
