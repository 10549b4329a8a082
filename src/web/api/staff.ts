/**
 * Staff lists beyond the inbox (已办, the department case list, the head's overview), the
 * head's reassignment, and the window's 统一出件 (collection queue and handover).
 */
import type { Role } from '../../shared/identity.js';
import { apiGet, apiPost, type RequestOptions } from './client.js';
import type { CaseStatus, TaskStatus } from './workflow.js';

export interface Paged {
  page: number;
  pageSize: number;
  total: number;
}

export interface DoneTask {
  caseId: number;
  receiptNo: string;
  itemCode: string;
  itemName: string;
  taskId: string;
  taskName: string;
  department: string;
  outcome: 'approved' | 'rejected' | 'returned';
  opinion: string | null;
  at: string;
  caseStatus: CaseStatus;
}

export function fetchDone(page: number, pageSize: number, options?: RequestOptions): Promise<Paged & { tasks: DoneTask[] }> {
  return apiGet(`/api/v1/tasks/done?page=${page}&pageSize=${pageSize}`, options);
}

export interface CaseListEntry {
  id: number;
  receiptNo: string;
  itemCode: string;
  itemName: string;
  applicantName: string;
  department: string;
  status: CaseStatus;
  due: string | null;
  daysLeft: number | null;
  clockPaused: boolean;
  overdue: boolean;
  submittedAt: string;
}

export interface CaseListQuery {
  q?: string;
  status?: CaseStatus[];
  itemCode?: string;
  from?: string;
  to?: string;
  overdue?: boolean;
  page: number;
  pageSize: number;
}

/** The query as URL parameters, leaving out what is not set (shared by the page's address and the API call). */
export function caseListParams(query: CaseListQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.status?.length) params.set('status', query.status.join(','));
  if (query.itemCode) params.set('itemCode', query.itemCode);
  if (query.from) params.set('from', query.from);
  if (query.to) params.set('to', query.to);
  if (query.overdue) params.set('overdue', 'true');
  params.set('page', String(query.page));
  params.set('pageSize', String(query.pageSize));
  return params;
}

export function fetchDepartmentCases(query: CaseListQuery, options?: RequestOptions): Promise<Paged & { cases: CaseListEntry[] }> {
  return apiGet(`/api/v1/cases?${caseListParams(query).toString()}`, options);
}

export type Urgency = 'overdue' | 'nearing' | 'normal' | 'paused' | 'none';

export interface OverviewTask {
  caseId: number;
  receiptNo: string;
  itemCode: string;
  itemName: string;
  caseStatus: CaseStatus;
  caseVersion: number;
  taskId: string;
  taskName: string;
  department: string;
  role: Role;
  status: TaskStatus;
  assignee: string | null;
  assigneeName: string | null;
  due: string | null;
  daysLeft: number | null;
  clockPaused: boolean;
  urgency: Urgency;
}

export interface Overview {
  counts: { open: number; overdue: number; nearing: number };
  tasks: OverviewTask[];
}

export function fetchOverview(options?: RequestOptions): Promise<Overview> {
  return apiGet('/api/v1/department/overview', options);
}

export async function fetchCandidates(caseId: number, taskId: string, options?: RequestOptions): Promise<{ username: string; name: string }[]> {
  return (await apiGet<{ people: { username: string; name: string }[] }>(`/api/v1/cases/${caseId}/tasks/${encodeURIComponent(taskId)}/candidates`, options)).people;
}

export function reassignTask(caseId: number, taskId: string, body: { expectedVersion: number; to: string; reason?: string }): Promise<{ version: number }> {
  return apiPost(`/api/v1/cases/${caseId}/tasks/${encodeURIComponent(taskId)}/reassign`, body);
}

export interface CollectionEntry {
  caseId: number;
  receiptNo: string;
  itemCode: string;
  itemName: string;
  handlingDepth: string;
  applicantName: string;
  department: string;
  status: CaseStatus;
  version: number;
  decidedAt: string;
}

export async function fetchCollections(options?: RequestOptions): Promise<CollectionEntry[]> {
  return (await apiGet<{ cases: CollectionEntry[] }>('/api/v1/window/collections', options)).cases;
}

export interface Handover {
  expectedVersion: number;
  collectorKind: 'applicant' | 'agent';
  collectorName: string;
  idNumber?: string;
  idChecked: boolean;
  note?: string;
}

export function recordHandover(caseId: number, body: Handover): Promise<{ version: number; collectorName: string; idNumberMasked: string | null; collectedAt: string }> {
  return apiPost(`/api/v1/cases/${caseId}/collection`, body);
}
