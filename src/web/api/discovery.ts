/**
 * Finding items: the home page's hot items and life events (一件事), and the search synonyms
 * administrators keep. Types come from the server's schemas (type-only imports).
 */
import type { HotItems, LifeEventDetail, LifeEventSummary } from '../../server/modules/catalogue/home/service.js';
import type { Synonym, SynonymInput } from '../../server/modules/catalogue/search/synonyms.js';
import { apiDelete, apiGet, apiPost, apiPut, type RequestOptions } from './client.js';

export type { LifeEventDetail, LifeEventSummary, Synonym, SynonymInput };
export type HotItem = HotItems['items'][number];

export async function fetchHotItems(options?: RequestOptions): Promise<HotItem[]> {
  return (await apiGet<HotItems>('/api/v1/hot-items?limit=8', options)).items;
}

export async function fetchLifeEvents(options?: RequestOptions): Promise<LifeEventSummary[]> {
  return (await apiGet<{ lifeEvents: LifeEventSummary[] }>('/api/v1/life-events', options)).lifeEvents;
}

export function fetchLifeEvent(code: string, options?: RequestOptions): Promise<LifeEventDetail> {
  return apiGet<LifeEventDetail>(`/api/v1/life-events/${encodeURIComponent(code)}`, options);
}

export async function fetchSynonyms(options?: RequestOptions): Promise<Synonym[]> {
  return (await apiGet<{ synonyms: Synonym[] }>('/api/v1/admin/search-synonyms', options)).synonyms;
}

export function saveSynonym(id: number | null, input: SynonymInput): Promise<Synonym> {
  return id === null ? apiPost<Synonym>('/api/v1/admin/search-synonyms', input) : apiPut<Synonym>(`/api/v1/admin/search-synonyms/${id}`, input);
}

export function deleteSynonym(id: number): Promise<void> {
  return apiDelete(`/api/v1/admin/search-synonyms/${id}`);
}
