import type { Db } from '../../db/connection.js';
import { cached, type CacheOptions } from '../../platform/cache.js';
import * as repo from './repository.js';

/**
 * Reads of rarely changing workflow data that every command would otherwise repeat. Pass the
 * root database handle: inside a transaction `cached` reads through, uncached.
 */

/** A stored definition version never changes (a change is a new version): kept until evicted by size. */
const DEFINITIONS: CacheOptions<number, repo.DefinitionRow> = { name: 'workflow.definitions', topics: [], ttlMs: 24 * 3600_000, max: 2_000 };

export function definitionById(db: Db, id: number): Promise<repo.DefinitionRow> {
  return cached(db, DEFINITIONS, id, () => repo.definitionById(db, id));
}

/** The newest definition of a key (a new version is a new row: the feed's `definitions` topic). */
const LATEST_DEFINITIONS: CacheOptions<string, repo.DefinitionRow | null> = { name: 'workflow.latest-definitions', topics: ['definitions'], ttlMs: 10 * 60_000, max: 2_000 };

export async function latestDefinition(db: Db, key: string): Promise<repo.DefinitionRow | undefined> {
  return (await cached(db, LATEST_DEFINITIONS, key, async () => (await repo.latestDefinition(db, key)) ?? null)) ?? undefined;
}

/** Which department each organisation unit belongs to (the engine sees unit roles as department roles). */
const UNIT_DEPARTMENTS: CacheOptions<'all', Map<string, string>> = { name: 'workflow.unit-departments', topics: ['units', 'catalogue'], ttlMs: 10 * 60_000, max: 1 };

export async function unitDepartments(db: Db, unitCodes: readonly string[]): Promise<Map<string, string>> {
  if (unitCodes.length === 0) return new Map();
  if (db.isTransaction) return repo.unitDepartments(db, [...unitCodes]);
  const all = await cached(db, UNIT_DEPARTMENTS, 'all', () => repo.allUnitDepartments(db));
  return new Map(unitCodes.flatMap((code) => (all.has(code) ? [[code, all.get(code)!] as const] : [])));
}
