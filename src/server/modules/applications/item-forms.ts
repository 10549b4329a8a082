/**
 * An item's application form (stored by an administrator, else generated from the item) and
 * the materials it asks for.
 */
import type { Db } from '../../db/connection.js';
import { transact } from '../../db/connection.js';
import { recordAudit } from '../../platform/audit.js';
import { invalid } from '../../platform/errors.js';
import type { ItemDetail } from '../catalogue/schemas.js';
import { getItem, materialsOfVersion, publishedVersionRef } from '../catalogue/service.js';
import { actorName, type Actor } from '../identity/actor.js';
import { generatedForm, type ItemForm, type JsonSchema } from './forms.js';
import * as repo from './repository.js';
import { assertCompilable } from './validation.js';

/** The item's form: the administrator's own if stored, else the generated one. */
export async function itemForm(db: Db, itemCode: string) {
  const item = await getItem(db, itemCode);
  const { schema, uiSchema } = await formOf(db, itemCode, item);
  const version = await publishedVersionRef(db, itemCode);
  return {
    itemCode: item.code,
    itemName: item.name,
    handlingDepth: item.handlingDepth,
    schema,
    uiSchema,
    materials: (await materialsOfVersion(db, version.versionId)).map(materialView),
  };
}

/**
 * The form alone, what autosave and submission validate against: one read when an administrator
 * stored it; the item is read (unless given) only to generate it.
 */
export async function formOf(db: Db, itemCode: string, item?: ItemDetail): Promise<ItemForm> {
  const stored = await repo.findForm(db, itemCode);
  if (stored) return { schema: stored.schema as JsonSchema, uiSchema: stored.ui_schema as Record<string, unknown> };
  return generatedForm(item ?? (await getItem(db, itemCode)));
}

/** An administrator replaces an item's form; it must be a JSON Schema object form that compiles. */
export async function setItemForm(db: Db, itemCode: string, form: ItemForm, actor: Actor, requestId?: string): Promise<void> {
  await getItem(db, itemCode);
  if (form.schema.type !== 'object') throw invalid('body.schema.type', '申请表的根须为 object');
  try {
    assertCompilable(form.schema);
  } catch (error) {
    throw invalid('body.schema', `不是有效的 JSON Schema：${error instanceof Error ? error.message : String(error)}`);
  }
  await transact(db, async (trx) => {
    await repo.upsertForm(trx, { item_code: itemCode, schema: form.schema, ui_schema: form.uiSchema, updated_by: actorName(actor) });
    await recordAudit(trx, { actor: actorName(actor), action: 'item_form.saved', subjectType: 'item', subjectId: itemCode, requestId });
  });
}

export function materialView(m: Awaited<ReturnType<typeof materialsOfVersion>>[number]) {
  return { id: m.id, name: m.name, required: m.required, condition: m.condition, requiredWhen: m.requiredWhen, form: m.form, copies: m.copies, shared: m.source === 'shared', note: m.note };
}
