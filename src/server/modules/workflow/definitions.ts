import { transact, type Db } from '../../db/connection.js';
import { AppError, notFound } from '../../platform/errors.js';
import { recordAudit } from '../../platform/audit.js';
import { validateDefinition, type ProcessDefinition } from './engine/index.js';
import * as repo from './repository.js';

/**
 * Process definitions are data, versioned: saving one adds a version; cases keep the version
 * they started with (cases.definition_id), new cases take the latest.
 */

function toView(row: repo.DefinitionRow) {
  return { key: row.key, version: row.version, name: row.name, definition: row.definition as ProcessDefinition, createdBy: row.created_by, createdAt: new Date(row.created_at).toISOString() };
}

export async function listLatestDefinitions(db: Db, search: string | undefined) {
  return (await repo.latestDefinitions(db, search)).map((row) => ({ ...toView(row), versions: row.version_count }));
}

export async function definitionVersions(db: Db, key: string) {
  const rows = await repo.definitionVersions(db, key);
  if (rows.length === 0) throw notFound(`流程 ${key} `);
  return rows.map(toView);
}

/** Validates (schema and semantic rules) and stores the next version of a definition. */
export async function saveDefinitionVersion(db: Db, key: string, definition: unknown, actor: { id: string; requestId?: string }) {
  const validation = validateDefinition(definition);
  if (!validation.ok) {
    const errors = validation.errors.map((e) => ({ field: `body.definition${e.path.replace(/\//g, '.')}`, message: e.message }));
    throw new AppError('invalid_definition', 400, `流程定义无效：${errors.map((e) => `${e.field} ${e.message}`).join('；')}`, errors);
  }
  return transact(db, async (trx) => {
    const latest = await repo.latestDefinition(trx, key);
    if (!latest) throw notFound(`流程 ${key} `);
    const def = definition as ProcessDefinition;
    const version = latest.version + 1;
    const row = await repo.insertDefinition(trx, { key, version, name: def.name, definition: { ...def, version }, created_by: actor.id });
    await recordAudit(trx, { actor: actor.id, action: 'process_definition.versioned', subjectType: 'process_definition', subjectId: key, requestId: actor.requestId, details: { version } });
    return toView(row);
  });
}
