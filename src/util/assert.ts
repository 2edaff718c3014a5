// Assertions: how a bug stops the state machine that hit it (STYLE.md section 5).
//
// `assert` states preconditions, postconditions and invariants. A failed assertion throws
// `AssertionError`, which handler boundaries and drivers must not map to a Kafka error code and
// carry on: the state machine that threw goes offline or restarts from disk. `assertNever` closes
// every `switch` over a union so that adding a variant is a compile error.

export class AssertionError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AssertionError'
  }
}

/** Throws AssertionError(msg) unless cond holds; narrows cond for the type checker. */
export function assert(cond: unknown, msg: string): asserts cond {
  if (!cond) throw new AssertionError(msg)
}

/** Marks code the type checker proves unreachable; throws if it is reached anyway. */
export function assertNever(x: never, msg = 'unexpected value'): never {
  throw new AssertionError(`${msg}: ${describe(x)}`)
}

function describe(x: unknown): string {
  if (typeof x === 'bigint') return `${x}n`
  try {
    return JSON.stringify(x) ?? String(x)
  } catch {
    return String(x)
  }
}
