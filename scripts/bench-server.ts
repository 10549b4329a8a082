/**
 * The platform as `npm start` runs it, started by the HTTP benchmarks in a process of its own
 * (so the load tool does not share its event loop). Two differences, both for measuring only:
 * the load tool's address is exempt from the per-route rate limits, and every query the
 * server's PostgreSQL clients send is counted (round trips), reported over the IPC channel.
 *
 * Environment: the platform's usual variables (DATABASE_URL, PORT, …).
 */
import pg from 'pg';
import { loadConfig } from '../src/server/config.js';
import { createLogger } from '../src/server/platform/logger.js';
import { startPlatform } from '../src/server/runtime.js';

let roundTrips = 0;
const query = pg.Client.prototype.query;
pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
  roundTrips += 1;
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof query;

const config = loadConfig();
const platform = await startPlatform(config, createLogger(config.logLevel), { rateLimitExempt: ['127.0.0.1', '::1', '::ffff:127.0.0.1'] });

process.on('message', (message: { type: string }) => {
  if (message.type === 'counters') process.send!({ type: 'counters', roundTrips });
  if (message.type === 'stop') void platform.stop().then(() => process.exit(0));
});
process.send!({ type: 'ready', address: platform.address });
