import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type pg from 'pg';
import type { Config } from '../config.js';
import type { Db } from '../db/connection.js';
import type { Logger } from '../platform/logger.js';
import type { Secrets } from '../platform/secrets.js';

/** The Fastify instance with TypeBox typing, as every route module receives it. */
export type AppInstance = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  TypeBoxTypeProvider
>;

/** What route modules may use; passed explicitly, no container. */
export interface AppDeps {
  config: Config;
  db: Db;
  pool: pg.Pool;
  logger: Logger;
  secrets: Secrets;
}

/** A module's HTTP surface: a function that registers its routes. */
export type RouteModule = (app: AppInstance, deps: AppDeps) => Promise<void>;
