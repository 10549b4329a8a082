import { createHash } from 'node:crypto';

/** The hash a case's first event links to. */
export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every level, so the stored jsonb (which reorders keys) hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** Each event's hash covers the previous hash, its position and its content: editing or removing one breaks every later link. */
export function eventHash(prevHash: string, caseId: number, seq: number, event: unknown): string {
  return createHash('sha256').update(`${prevHash}\n${caseId}\n${seq}\n${canonicalJson(event)}`).digest('hex');
}

/** Checks a case's chain; returns the first broken sequence number, or null when intact. */
export function verifyChain(caseId: number, rows: { seq: number; event: unknown; prev_hash: string; hash: string }[]): number | null {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const row of rows) {
    if (row.seq !== expectedSeq || row.prev_hash !== prev || row.hash !== eventHash(prev, caseId, row.seq, row.event)) return row.seq;
    prev = row.hash;
    expectedSeq += 1;
  }
  return null;
}
