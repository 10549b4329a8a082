import { sql } from 'kysely';
import { Type } from 'typebox';
import type { AppInstance, AppDeps } from './types.js';
import { pendingMigrations } from '../db/migrate.js';
import { problem, sendProblem } from './problem.js';

/** Liveness (`/healthz`: the process answers) and readiness (`/readyz`: the database is usable). */
export async function healthRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  app.get(
    '/healthz',
    {
      config: { policy: { public: true } },
      schema: {
        tags: ['platform'],
        summary: '进程存活检查',
        response: { 200: Type.Object({ status: Type.Literal('ok') }) },
      },
    },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: { policy: { public: true } },
      schema: {
        tags: ['platform'],
        summary: '就绪检查：数据库可达且迁移已是最新',
        response: { 200: Type.Object({ status: Type.Literal('ready'), database: Type.String() }) },
      },
    },
    async (request, reply) => {
      let version: string;
      try {
        const { rows } = await sql<{ v: string }>`SELECT current_setting('server_version') AS v`.execute(deps.db);
        version = rows[0]!.v;
      } catch (error) {
        request.log.warn({ err: error }, 'readiness: database unreachable');
        return sendProblem(reply, problem(503, 'database_unavailable', '数据库不可达', request));
      }
      const pending = await pendingMigrations(deps.db);
      if (pending.length > 0) {
        return sendProblem(reply, problem(503, 'migrations_pending', `待执行的数据库迁移：${pending.join(', ')}`, request));
      }
      return { status: 'ready' as const, database: `PostgreSQL ${version}` };
    },
  );
}
