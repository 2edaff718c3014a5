// The polling assertion tests against real clusters wait with: nodes elect, fence and replicate
// on their own timers, so a test checks until the state it expects shows up or its time is out.
// Shared by the in-process (test/support/in-process-cluster.ts) and multi-process tests.

/** Runs check until it passes, polling every intervalMs; past timeoutMs its last failure is thrown. */
export async function eventually(check: () => Promise<void> | void, timeoutMs: number, intervalMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    try {
      await check()
      return
    } catch (err) {
      if (Date.now() > deadline) throw err
      await new Promise((r) => setTimeout(r, intervalMs))
    }
  }
}
