/**
 * The floor under the HTTP transitions benchmark: the same HTTP framework and PostgreSQL driver
 * as the platform, each request running exactly pgbench's same-shape script (BEGIN, six prepared
 * statements, COMMIT) and nothing else. What it reaches is the best a transition could reach on
 * this stack and machine; the platform's figure is read next to it. Forked by bench-http.ts.
 *
 * Environment: DATABASE_URL (the benchmark's database, with the pgbench tables set up).
 */
import Fastify from 'fastify';
import pg from 'pg';

const STATEMENTS = [
  'SELECT * FROM bench_cases WHERE id = $1',
  'SELECT * FROM bench_events WHERE case_id = $1 ORDER BY seq',
  "UPDATE bench_cases SET version = version + 1, last_seq = last_seq + 2, status = 'in_review', due_on = current_date, last_hash = md5(random()::text) WHERE id = $1 AND version >= 0",
  `INSERT INTO bench_events SELECT id, last_seq - 1, 'task_claimed', '{"kind":"task_claimed","taskId":"t1.review","at":"2026-11-26T01:00:00.000Z"}', now(), 'scjg.reviewer', md5('a'), md5('b') FROM bench_cases WHERE id = $1`,
  `INSERT INTO bench_events SELECT id, last_seq, 'task_completed', '{"kind":"task_completed","taskId":"t1.review","opinion":"同意"}', now(), 'scjg.reviewer', md5('b'), md5('c') FROM bench_cases WHERE id = $1`,
  "INSERT INTO bench_tasks VALUES ($1, 't1.review', 'done', 'scjg.reviewer', current_date, now()) ON CONFLICT (case_id, task_id) DO UPDATE SET status = excluded.status, assignee = excluded.assignee, due_on = excluded.due_on, updated_at = now()",
].map((text, i) => ({ name: `floor${i}`, text }));

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });
const app = Fastify();
app.post('/transition', async () => {
  const id = 1 + Math.floor(Math.random() * 1000);
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    for (const statement of STATEMENTS) await client.query({ ...statement, values: [id] });
    await client.query('COMMIT');
  } finally {
    client.release();
  }
  return { version: 1, events: ['task_claimed', 'task_completed'] };
});
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.on('message', () => void app.close().then(() => pool.end()).then(() => process.exit(0)));
process.send!({ address });
