import { pinyinKeys } from './pinyin.js';

/** What a person typed, read for search; no I/O. */
export interface SearchQuery {
  /** Lower-cased, full-width forms folded (ＡＢＣ → abc), spaces collapsed. */
  text: string;
  /** True when the query is pinyin or initials ("yingye", "yyzz", "ying ye"). */
  latin: boolean;
  /** The query's pinyin, for homophone typos (营叶执照 sounds like 营业执照). */
  pinyin: string;
}

/** Shortest pinyin prefix that may stand for a longer synonym ("yin" is too vague to expand). */
export const MIN_PINYIN_PREFIX = 4;

export function readQuery(raw: string): SearchQuery {
  const text = raw.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim();
  const compact = text.replace(/ /g, '');
  const latin = /^[a-z]+$/.test(compact);
  return { text: latin ? compact : text, latin, pinyin: latin ? compact : pinyinKeys(text).full };
}

export interface SynonymMatch {
  term: string;
  targets: string[];
}

/**
 * The terms to look for, most faithful first: the query itself, then (for pinyin) the synonym
 * term it spelled, then what each matched synonym stands for. An item's rank counts the
 * position of the first term it matched, so a literal match beats an expansion.
 */
export function searchTerms(query: SearchQuery, synonyms: readonly SynonymMatch[]): string[] {
  const terms = [query.text];
  for (const synonym of synonyms) {
    if (query.latin) terms.push(synonym.term);
    terms.push(...synonym.targets.map((t) => t.toLowerCase()));
  }
  return [...new Set(terms.filter(Boolean))];
}
