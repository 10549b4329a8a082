/**
 * Polls `probe` until it answers something other than undefined, for work that happens in the
 * background (jobs after commit, a server process starting).
 * @example await waitFor(() => findDelivery(id, 'sent'), 15_000, 'the SMS to be sent')
 */
export async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number, what: string, everyMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
