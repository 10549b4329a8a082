import type { TestApp } from './app.js';

/** Listens on a free loopback port for browser tests; returns the base URL. */
export async function listen(t: TestApp): Promise<string> {
  return t.app.listen({ port: 0, host: '127.0.0.1' });
}
