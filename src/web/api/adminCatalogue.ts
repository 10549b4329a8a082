/**
 * The catalogue administration API: departments and versioned items. A published item is never
 * edited in place: edits go into a draft version, which is published explicitly.
 * Reads use the public department list and item search (/api/v1/departments, /api/v1/items).
 */
import type { DepartmentInput, ItemContent } from '../../server/modules/catalogue/schemas.js';
import type { Department } from './catalogue.js';
import { apiGet, apiPost, apiPut, type RequestOptions } from './client.js';

export type { DepartmentInput, ItemContent };
export type DepartmentUpdate = Omit<DepartmentInput, 'code'>;
export type MaterialInput = ItemContent['materials'][number];
export type FeeInput = ItemContent['fees'][number];

export interface EditableItem {
  draft: { version: number; basedOn: number | null; content: ItemContent } | null;
  published: { version: number; content: ItemContent } | null;
}

export interface ItemVersion {
  version: number;
  status: string;
  name: string;
  createdAt: string;
  createdBy: string | null;
  publishedAt: string | null;
  publishedBy: string | null;
}

export interface NewItemBody {
  code: string;
  departmentCode: string;
  content: ItemContent;
  publish: boolean;
}

const itemPath = (code: string) => `/api/v1/admin/items/${encodeURIComponent(code)}`;

export const createDepartment = (body: DepartmentInput) => apiPost<Department>('/api/v1/admin/departments', body);
export const updateDepartment = (code: string, body: DepartmentUpdate) => apiPut<Department>(`/api/v1/admin/departments/${encodeURIComponent(code)}`, body);

export const fetchEditableItem = (code: string, options?: RequestOptions) => apiGet<EditableItem>(`${itemPath(code)}/editable`, options);
export const saveItemDraft = (code: string, content: ItemContent) => apiPut<{ code: string; version: number }>(`${itemPath(code)}/draft`, { content });
export const publishItem = (code: string) => apiPost<{ code: string; version: number }>(`${itemPath(code)}/publish`);

export async function fetchItemVersions(code: string, options?: RequestOptions): Promise<ItemVersion[]> {
  return (await apiGet<{ versions: ItemVersion[] }>(`${itemPath(code)}/versions`, options)).versions;
}

export const createItem = (body: NewItemBody) => apiPost<{ code: string; version: number }>('/api/v1/admin/items', body);
