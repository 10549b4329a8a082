import { HANDLING_DEPTHS, ITEM_CATEGORIES, type HandlingDepth, type ItemCategory } from '../../../../shared/catalogue.js';
import { MAX_QUERY_LENGTH, type ItemFilters } from '../../../api/catalogue.js';

/**
 * The item list's filters live in the page URL (`/items?q=…&department=…`), so a search can be
 * shared or bookmarked and the back button returns to the previous one. These functions are the
 * only translation between the two. Values the API would reject are dropped rather than sent, so a
 * mistyped link shows all items instead of an error.
 */

const VISIT_COUNTS = [0, 1, 2] as const;
const DEPARTMENT_CODE = /^[a-z][a-z0-9]{1,15}$/;

const isOneOf = <T extends string | number>(values: readonly T[], value: unknown): value is T =>
  (values as readonly unknown[]).includes(value);

export function filtersFromParams(params: URLSearchParams): ItemFilters {
  const filters: ItemFilters = {};
  const q = params.get('q')?.trim().slice(0, MAX_QUERY_LENGTH);
  if (q) filters.q = q;
  const department = params.get('department');
  if (department && DEPARTMENT_CODE.test(department)) filters.department = department;
  const category = params.get('category');
  if (isOneOf<ItemCategory>(ITEM_CATEGORIES, category)) filters.category = category;
  const handlingDepth = params.get('handlingDepth');
  if (isOneOf<HandlingDepth>(HANDLING_DEPTHS, handlingDepth)) filters.handlingDepth = handlingDepth;
  const visits = Number(params.get('visits') ?? Number.NaN);
  if (isOneOf(VISIT_COUNTS, visits)) filters.visits = visits;
  if (params.get('joint') === 'true') filters.joint = true;
  return filters;
}

/** Fixed key order, so equal filters give equal URLs (and one cache key per search). */
export function paramsFromFilters(filters: ItemFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.department) params.set('department', filters.department);
  if (filters.category) params.set('category', filters.category);
  if (filters.handlingDepth) params.set('handlingDepth', filters.handlingDepth);
  if (filters.visits !== undefined) params.set('visits', String(filters.visits));
  if (filters.joint) params.set('joint', 'true');
  return params;
}

/** The URL of the item list showing these filters, e.g. for links from the home page. */
export function itemListUrl(filters: ItemFilters = {}): string {
  const search = paramsFromFilters(filters).toString();
  return search ? `/items?${search}` : '/items';
}

export function itemPageUrl(code: string): string {
  return `/items/${encodeURIComponent(code)}`;
}

/** Filters other than the search text: what the filter panel sets and "clear filters" removes. */
export function countNarrowingFilters(filters: ItemFilters): number {
  const { q: _q, ...narrowing } = filters;
  return Object.values(narrowing).filter((value) => value !== undefined && value !== false).length;
}
