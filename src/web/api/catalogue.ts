/**
 * The public catalogue API: departments, item search and item detail.
 * The types come straight from the server's schemas (type-only import, erased from the bundle),
 * so a change to the contract fails the web app's type check instead of a visitor's page.
 */
import type { Department, ItemDetail, ItemSummary } from '../../server/modules/catalogue/schemas.js';
import type { HandlingDepth, ItemCategory } from '../../shared/catalogue.js';
import { apiGet, type RequestOptions } from './client.js';

export type { Department, ItemDetail, ItemSummary };
export type Material = ItemDetail['materials'][number];
export type DepartmentRef = ItemSummary['department'];

/** What GET /api/v1/items filters by; absent fields do not filter. */
export interface ItemFilters {
  q?: string;
  department?: string;
  category?: ItemCategory;
  handlingDepth?: HandlingDepth;
  visits?: 0 | 1 | 2;
  joint?: boolean;
}

export interface ItemPage {
  items: ItemSummary[];
  total: number;
  nextCursor: string | null;
  /** The closest known term when nothing matched literally ("您是不是要找"). */
  suggestion: string | null;
}

/** The server's limit on the search text (ItemListQuery.q). */
export const MAX_QUERY_LENGTH = 50;

/** Results per request: enough to fill a screen or two without a long first response. */
export const ITEM_PAGE_SIZE = 20;

export async function fetchDepartments(options?: RequestOptions): Promise<Department[]> {
  return (await apiGet<{ departments: Department[] }>('/api/v1/departments', options)).departments;
}

export function fetchItems(filters: ItemFilters, cursor: string | null, options?: RequestOptions): Promise<ItemPage> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== undefined && value !== '') params.set(key, String(value));
  }
  params.set('limit', String(ITEM_PAGE_SIZE));
  if (cursor) params.set('cursor', cursor);
  return apiGet<ItemPage>(`/api/v1/items?${params}`, options);
}

export function fetchItem(code: string, options?: RequestOptions): Promise<ItemDetail> {
  return apiGet<ItemDetail>(`/api/v1/items/${encodeURIComponent(code)}`, options);
}

/** The notice PDF as an attachment rather than shown in the browser's viewer. */
export function noticeDownloadUrl(noticeUrl: string): string {
  return `${noticeUrl}${noticeUrl.includes('?') ? '&' : '?'}download=true`;
}
