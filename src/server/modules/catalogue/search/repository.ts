import { sql } from 'kysely';
import type { Db } from '../../../db/connection.js';
import { publishedItems, type ItemFilter, type PublishedItemRow } from '../repository.js';
import { MIN_PINYIN_PREFIX, type SearchQuery, type SynonymMatch } from './query.js';

/** All SQL of item search: synonyms, ranked matches, "did you mean". */

/** Rank tiers: name (or code) before keyword before department; fuzzy name matches after literal names. */
export const TIER = { name: 1000, fuzzyName: 1500, keyword: 2000, department: 3000 } as const;

/** pg_trgm word_similarity above which a name counts as a fuzzy match (食品经营许可证 ~ 食品经营许可). */
const FUZZY_NAME = 0.6;
/** pg_trgm similarity above which a known term is offered as "did you mean". */
const SUGGEST = 0.3;

/** Synonyms whose term the query contains ("我要开公司" ⊃ 开公司) or spells in pinyin or initials. */
export async function matchingSynonyms(db: Db, query: SearchQuery): Promise<SynonymMatch[]> {
  let select = db.selectFrom('search_synonyms').select(['term', 'targets']);
  select = query.latin
    ? select.where((eb) =>
        eb.or([
          eb('term_initials', '=', query.text),
          eb('term_pinyin', '=', query.text),
          ...(query.text.length >= MIN_PINYIN_PREFIX ? [eb(sql<number>`strpos(term_pinyin, ${query.text})`, '=', 1)] : []),
        ]),
      )
    : select.where(sql<boolean>`strpos(${query.text}, lower(term)) > 0`);
  return select.orderBy(sql`char_length(term)`, 'desc').orderBy('term').execute();
}

export interface RankedItemRow extends PublishedItemRow {
  rank: number;
  total: number;
}

/** Literal: any of the terms is a substring. Fuzzy: the query is close to a name by trigrams (for when nothing matched literally). */
export type MatchMode = 'literal' | 'fuzzy';

/**
 * One page of the published items matching, best first. Literal terms are matched as substrings
 * (strpos: no LIKE wildcards to escape) of the name, code, pinyin and initials, then the keywords,
 * then the department. Ranking runs over narrow rows (id, name, rank); only the page is joined
 * back to the full item, so the sort never carries the long texts.
 */
export async function searchPublishedItems(db: Db, filter: ItemFilter, query: SearchQuery, terms: string[], mode: MatchMode, offset: number, limit: number): Promise<RankedItemRow[]> {
  // One CASE per term, unrolled here rather than a per-row subquery over the terms: no subplan per item.
  const tierOf = (term: string, position: number) => sql<number>`CASE
      WHEN strpos(v.search_name, ${term}) > 0 THEN ${sql.lit(TIER.name + position)}
      WHEN strpos(v.search_keywords, ${term}) > 0 THEN ${sql.lit(TIER.keyword + position)}
      WHEN strpos(d.name, ${term}) > 0 OR strpos(d.short_name, ${term}) > 0 THEN ${sql.lit(TIER.department + position)}
    END`;
  const rank =
    mode === 'literal'
      ? sql<number | null>`least(${sql.join(terms.map((term, index) => tierOf(term, index + 1)))})`
      : sql<number | null>`CASE WHEN word_similarity(${query.text}, lower(v.name)) >= ${FUZZY_NAME} THEN ${sql.lit(TIER.fuzzyName)} END`;
  // Within a tier: for a substring hit the shorter name is the closer one (食品经营许可 before
  // 食品经营许可变更) at no cost; fuzzy hits are ordered by trigram similarity.
  const closeness = mode === 'literal' ? sql`char_length(r.name)` : sql`similarity(${query.text}, lower(r.name)) DESC`;
  const ranked = publishedItems(db, filter).select(['v.id', 'v.name', 'i.code', rank.as('rank')]);
  const page = db
    .selectFrom(ranked.as('r'))
    .select(['r.id', 'r.rank'])
    .select(sql<number>`count(*) OVER ()`.as('total'))
    .select(sql<number>`row_number() OVER (ORDER BY r.rank, ${closeness}, r.code)`.as('position'))
    .where('r.rank', 'is not', null)
    .orderBy('position')
    .offset(offset)
    .limit(limit);
  return db
    .selectFrom(page.as('p'))
    .innerJoin('item_versions as v', 'v.id', 'p.id')
    .innerJoin('items as i', 'i.id', 'v.item_id')
    .innerJoin('departments as d', 'd.id', 'i.department_id')
    .selectAll('v')
    .select(['i.code', 'd.code as department_code', 'd.name as department_name', 'd.short_name as department_short_name', 'p.rank', 'p.total'])
    .orderBy('p.position')
    .execute() as Promise<RankedItemRow[]>;
}

/**
 * The known term (synonym, item name or keyword) closest to what was typed: one that sounds the
 * same (营叶执照 → 营业执照) first, then the most similar by trigrams.
 */
export async function suggestTerm(db: Db, query: SearchQuery): Promise<string | null> {
  const compared = query.latin ? sql.ref('pinyin') : sql`lower(term)`;
  const row = await sql<{ term: string }>`
    WITH published AS (
      SELECT v.name, v.name_pinyin, v.keywords, v.keywords_pinyin
      FROM items i JOIN item_versions v ON v.id = i.published_version_id
    ), vocabulary(term, pinyin) AS (
      SELECT term, term_pinyin FROM search_synonyms
      UNION SELECT name, name_pinyin FROM published
      UNION SELECT k.term, k.pinyin FROM published, unnest(keywords, string_to_array(keywords_pinyin, ' ')) AS k(term, pinyin)
    )
    SELECT term FROM vocabulary
    WHERE lower(term) <> ${query.text} AND (pinyin = ${query.pinyin} OR similarity(${compared}, ${query.text}) >= ${SUGGEST})
    ORDER BY pinyin = ${query.pinyin} DESC, similarity(${compared}, ${query.text}) DESC, char_length(term), term
    LIMIT 1`.execute(db);
  return row.rows[0]?.term ?? null;
}

export interface SynonymRow {
  id: number;
  term: string;
  targets: string[];
  updated_at: Date;
  updated_by: string;
}

const SYNONYM_COLUMNS = ['id', 'term', 'targets', 'updated_at', 'updated_by'] as const;

export async function listSynonyms(db: Db): Promise<SynonymRow[]> {
  return db.selectFrom('search_synonyms').select(SYNONYM_COLUMNS).orderBy('term').execute();
}

export async function findSynonymByTerm(db: Db, term: string): Promise<{ id: number } | undefined> {
  return db.selectFrom('search_synonyms').select('id').where(sql<string>`lower(term)`, '=', term.toLowerCase()).executeTakeFirst();
}

export interface SynonymValues {
  term: string;
  targets: string[];
  term_pinyin: string;
  term_initials: string;
  updated_by: string;
}

export async function insertSynonym(db: Db, values: SynonymValues): Promise<SynonymRow> {
  return db.insertInto('search_synonyms').values(values).returning(SYNONYM_COLUMNS).executeTakeFirstOrThrow();
}

export async function updateSynonym(db: Db, id: number, values: SynonymValues): Promise<SynonymRow | undefined> {
  return db
    .updateTable('search_synonyms')
    .set({ ...values, updated_at: sql`now()` })
    .where('id', '=', id)
    .returning(SYNONYM_COLUMNS)
    .executeTakeFirst();
}

export async function deleteSynonym(db: Db, id: number): Promise<{ term: string } | undefined> {
  return db.deleteFrom('search_synonyms').where('id', '=', id).returning('term').executeTakeFirst();
}
