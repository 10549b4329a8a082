import { Type, type Static } from 'typebox';
import { transact, type Db } from '../../../db/connection.js';
import { recordAudit } from '../../../platform/audit.js';
import { conflict, invalid, notFound } from '../../../platform/errors.js';
import type { Actor } from '../service.js';
import { pinyinKeys } from './pinyin.js';
import * as repo from './repository.js';

/** Search synonyms administrators keep: "when people type 营业执照, also look for 企业开办". */

const Phrase = (description: string) => Type.String({ minLength: 1, maxLength: 30, description });

export const SynonymInput = Type.Object(
  {
    term: Phrase('人们输入的词，如“营业执照”'),
    targets: Type.Array(Phrase('事项名称或关键字中的词，如“企业开办”'), { minItems: 1, maxItems: 10, description: '同时查找的词' }),
  },
  { additionalProperties: false },
);
export type SynonymInput = Static<typeof SynonymInput>;

export const Synonym = Type.Object({
  id: Type.Integer(),
  term: Type.String(),
  targets: Type.Array(Type.String()),
  updatedAt: Type.String({ format: 'date-time' }),
  updatedBy: Type.String(),
});
export type Synonym = Static<typeof Synonym>;

function toSynonym(row: repo.SynonymRow): Synonym {
  return { id: Number(row.id), term: row.term, targets: row.targets, updatedAt: new Date(row.updated_at).toISOString(), updatedBy: row.updated_by };
}

/** Trims the phrases and checks what a schema cannot: blank, repeated or circular entries. */
export function cleanSynonym(input: SynonymInput): SynonymInput {
  const term = input.term.trim();
  if (!term) throw invalid('body.term', '请填写人们会输入的词');
  const targets = input.targets.map((t) => t.trim());
  const seen = new Set<string>();
  targets.forEach((target, index) => {
    const field = `body.targets.${index}`;
    if (!target) throw invalid(field, '请填写要同时查找的词，或删除这一行');
    if (target.toLowerCase() === term.toLowerCase()) throw invalid(field, '同时查找的词不能与原词相同');
    if (seen.has(target.toLowerCase())) throw invalid(field, `“${target}”重复了，请删除重复的一行`);
    seen.add(target.toLowerCase());
  });
  return { term, targets };
}

function valuesOf(input: SynonymInput, actor: Actor): repo.SynonymValues {
  const keys = pinyinKeys(input.term);
  return { term: input.term, targets: input.targets, term_pinyin: keys.full, term_initials: keys.initials, updated_by: actor.id };
}

export async function listSynonyms(db: Db): Promise<Synonym[]> {
  return (await repo.listSynonyms(db)).map(toSynonym);
}

export async function createSynonym(db: Db, input: SynonymInput, actor: Actor): Promise<Synonym> {
  const clean = cleanSynonym(input);
  return transact(db, async (trx) => {
    if (await repo.findSynonymByTerm(trx, clean.term)) throw conflict('synonym_exists', `“${clean.term}”已有同义词，请直接修改那一条`);
    const row = await repo.insertSynonym(trx, valuesOf(clean, actor));
    await recordAudit(trx, { actor: actor.id, action: 'search_synonym.created', subjectType: 'search_synonym', subjectId: String(row.id), requestId: actor.requestId, details: { ...clean } });
    return toSynonym(row);
  });
}

export async function updateSynonym(db: Db, id: number, input: SynonymInput, actor: Actor): Promise<Synonym> {
  const clean = cleanSynonym(input);
  return transact(db, async (trx) => {
    const clash = await repo.findSynonymByTerm(trx, clean.term);
    if (clash && Number(clash.id) !== id) throw conflict('synonym_exists', `“${clean.term}”已有同义词，请直接修改那一条`);
    const row = await repo.updateSynonym(trx, id, valuesOf(clean, actor));
    if (!row) throw notFound(`同义词 ${id} `);
    await recordAudit(trx, { actor: actor.id, action: 'search_synonym.updated', subjectType: 'search_synonym', subjectId: String(id), requestId: actor.requestId, details: { ...clean } });
    return toSynonym(row);
  });
}

export async function deleteSynonym(db: Db, id: number, actor: Actor): Promise<void> {
  await transact(db, async (trx) => {
    const row = await repo.deleteSynonym(trx, id);
    if (!row) throw notFound(`同义词 ${id} `);
    await recordAudit(trx, { actor: actor.id, action: 'search_synonym.deleted', subjectType: 'search_synonym', subjectId: String(id), requestId: actor.requestId, details: { term: row.term } });
  });
}
