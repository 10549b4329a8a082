/**
 * The applications and intake API (申请与受理): item forms, drafts with their materials, submission,
 * the applicant's cases, the window's queue and checks, and the public progress lookup.
 * Shapes follow the contract in the lead's applications-api.md.
 */
import type { HandlingDepth } from '../../shared/catalogue.js';
import type { RequiredWhen } from '../../shared/material-conditions.js';
import { apiDelete, apiGet, apiPost, apiPostForm, apiPut, type RequestOptions } from './client.js';
import type { CaseStatus, CaseView, Channel, TimelineEntry } from './workflow.js';

export type JsonSchema = Record<string, unknown>;

export interface FormMaterial {
  id: number;
  name: string;
  required: boolean;
  /** When a conditional material applies. */
  condition: string | null;
  /** The form answer that makes a conditional material required (情形材料). */
  requiredWhen: RequiredWhen | null;
  form: string;
  copies: number;
  /** 部门共享: the department fetches it itself; nothing to upload. */
  shared: boolean;
  note: string | null;
}

/** GET /api/v1/items/:code/form: the JSON-Schema form and the materials of an item. */
export interface ItemApplicationForm {
  itemCode: string;
  itemName: string;
  handlingDepth: HandlingDepth;
  schema: JsonSchema;
  uiSchema: Record<string, unknown>;
  materials: FormMaterial[];
}

export type FileCheck = 'pending' | 'ok' | 'missing' | 'invalid';

export interface ApplicationFile {
  id: number;
  filename: string;
  size: number;
  mediaType: string;
  sha256: string;
  /** `supplement` for files added while a supplement was awaited. */
  phase: 'initial' | 'supplement';
  uploadedBy: string;
  uploadedAt: string;
  reusedFrom: { receiptNo: string | null } | null;
  check: FileCheck;
  checkNote: string | null;
}

export interface ApplicationMaterial extends FormMaterial {
  /** Required for this application's form: a required material, or a situational one whose situation holds. */
  requiredNow: boolean;
  files: ApplicationFile[];
}

/** One intake supplement request (一次性告知): the materials it lists and by when. */
export interface SupplementRound {
  round: number;
  materialIds: number[];
  requestedAt: string;
  dueOn: string;
  receivedAt: string | null;
}

/** A file verified in one of the applicant's earlier cases, offered again (资料多方共认). */
export interface ReusableFile {
  /** What the reuse request names. */
  sourceId: number;
  materialId: number;
  materialName: string;
  fileId: number;
  filename: string;
  verifiedIn: string | null;
  verifiedAt: string | null;
}

export interface Application {
  id: number;
  version: number;
  itemCode: string;
  itemName: string;
  departmentName: string;
  handlingDepth: HandlingDepth;
  channel: Channel;
  status: 'draft' | 'submitted';
  applicant: { username: string; displayName: string };
  filedBy: string | null;
  formData: Record<string, unknown>;
  caseId: number | null;
  receiptNo: string | null;
  originalsVerifiedAt: string | null;
  originalsVerifiedBy: string | null;
  materials: ApplicationMaterial[];
  supplements: SupplementRound[];
  reusable: ReusableFile[];
  updatedAt: string;
}

export type ApplicationSummary = Pick<Application, 'id' | 'itemCode' | 'itemName' | 'status' | 'channel' | 'caseId' | 'receiptNo' | 'updatedAt'> & {
  applicantName: string;
};

export interface Submitted {
  caseId: number;
  applicationId: number;
  receiptNo: string;
  queryCode: string;
}

export interface MyCase {
  id: number;
  applicationId: number | null;
  receiptNo: string;
  queryCode: string;
  itemCode: string;
  itemName: string;
  status: CaseStatus;
  channel: Channel;
  dueOn: string | null;
  daysLeft: number | null;
  clockPaused: boolean;
  submittedAt: string;
  updatedAt: string;
}

export interface QueueEntry {
  caseId: number;
  applicationId: number | null;
  receiptNo: string;
  itemCode: string;
  itemName: string;
  applicantName: string;
  channel: Channel;
  status: CaseStatus;
  /** The case version: what an intake command from the queue would expect. */
  version: number;
  submittedAt: string;
  acceptanceDueOn: string | null;
  daysLeft: number | null;
}

export interface WalkInApplicant {
  name: string;
  idNumber: string;
  phone: string;
}

export interface PublicProgress {
  receiptNo: string;
  itemName: string;
  departmentName: string;
  status: CaseStatus;
  statusText: string;
  submittedOn: string;
  acceptedOn: string | null;
  dueOn: string | null;
  daysLeft: number | null;
  clockPaused: boolean;
  steps: { on: string; label: string }[];
}

const enc = encodeURIComponent;

export function fetchItemForm(code: string, options?: RequestOptions): Promise<ItemApplicationForm> {
  return apiGet(`/api/v1/items/${enc(code)}/form`, options);
}

/** Starts a draft for the item, or resumes the open one (201 new, 200 resumed). */
export function createApplication(itemCode: string): Promise<Application> {
  return apiPost('/api/v1/applications', { itemCode });
}

/** Whether a walk-in's new account was sent its claim SMS (null: the person had an account already). */
export interface WalkInClaim {
  sent: boolean;
  sentTo?: string;
  /** Demo mode without an SMS gateway only. */
  demoCode?: string;
  message?: string;
}

export function createWalkIn(itemCode: string, applicant: WalkInApplicant): Promise<Application & { claim: WalkInClaim | null }> {
  return apiPost('/api/v1/window/walk-ins', { itemCode, applicant });
}

export async function fetchApplications(status: 'draft' | 'submitted', options?: RequestOptions): Promise<ApplicationSummary[]> {
  return (await apiGet<{ items: ApplicationSummary[] }>(`/api/v1/applications?status=${status}`, options)).items;
}

export function fetchApplication(id: number, options?: RequestOptions): Promise<Application> {
  return apiGet(`/api/v1/applications/${id}`, options);
}

/** The application a case came from; 404 for a case filed without one. */
/** The application a case was filed from; null for a case registered without one (204). */
export async function fetchCaseApplication(caseId: number, options?: RequestOptions): Promise<Application | null> {
  return (await apiGet<Application | undefined>(`/api/v1/cases/${caseId}/application`, options)) ?? null;
}

/** Autosave: partial data is accepted; a newer version on the server answers 409. */
export function saveForm(id: number, formData: Record<string, unknown>, expectedVersion: number): Promise<Application> {
  return apiPut(`/api/v1/applications/${id}/form`, { formData, expectedVersion });
}

export function uploadMaterial(id: number, materialId: number, file: File, options?: RequestOptions): Promise<Application> {
  const body = new FormData();
  body.append('file', file, file.name);
  return apiPostForm(`/api/v1/applications/${id}/materials/${materialId}`, body, options);
}

/** Attaches a file verified in an earlier case (资料多方共认); `sourceId` comes from `reusable`. */
export function reuseMaterial(id: number, materialId: number, sourceId: number): Promise<Application> {
  return apiPost(`/api/v1/applications/${id}/materials/${materialId}/reuse`, { sourceId });
}

export function removeMaterialFile(id: number, materialId: number, fileId: number): Promise<Application> {
  return apiDelete(`/api/v1/applications/${id}/materials/${materialId}/files/${fileId}`);
}

/** Deletes one of the applicant's own drafts (204); a submitted application answers 409. */
export function deleteDraft(id: number, expectedVersion?: number): Promise<void> {
  return apiDelete(`/api/v1/applications/${id}${expectedVersion !== undefined ? `?expectedVersion=${expectedVersion}` : ''}`);
}

export function fileUrl(id: number, fileId: number): string {
  return `/api/v1/applications/${id}/files/${fileId}`;
}

/** 422 `application_incomplete` names every missing form field and required material at once (errors[]). */
export function submitApplication(id: number, expectedVersion: number): Promise<Submitted> {
  return apiPost(`/api/v1/applications/${id}/submit`, { expectedVersion });
}

export async function fetchMyCases(options?: RequestOptions): Promise<MyCase[]> {
  return (await apiGet<{ items: MyCase[] }>('/api/v1/my/cases', options)).items;
}

export async function fetchQueue(options?: RequestOptions): Promise<QueueEntry[]> {
  return (await apiGet<{ items: QueueEntry[] }>('/api/v1/window/queue', options)).items;
}

/** A note is required unless the result is 合格. */
export function checkFile(id: number, materialId: number, fileId: number, result: Exclude<FileCheck, 'pending'>, note?: string): Promise<Application> {
  return apiPut(`/api/v1/applications/${id}/materials/${materialId}/files/${fileId}/check`, { result, ...(note ? { note } : {}) });
}

export function verifyOriginals(caseId: number, note?: string): Promise<{ verifiedAt: string; by: string }> {
  return apiPost(`/api/v1/cases/${caseId}/originals-verified`, note ? { note } : {});
}

export function lookupProgress(receiptNo: string, queryCode: string, options?: RequestOptions): Promise<PublicProgress> {
  const params = new URLSearchParams({ receiptNo, queryCode });
  return apiGet(`/api/v1/public/cases?${params}`, options);
}

/** The problem code of a stale application version (autosave/submit raced another tab). */
export const isConflict = (error: unknown): boolean => typeof error === 'object' && error !== null && (error as { status?: number }).status === 409;

/** One step of the applicant's timeline: who in general terms (never a login name), a task by its name only. */
export interface ApplicantTimelineEntry extends TimelineEntry {
  actor: 'applicant' | 'staff' | 'system';
  /** The department whose staff acted, for a task's step. */
  actorDepartment: string | null;
  taskName: string | null;
  taskDecides: boolean;
}

/** The case as the server answers its applicant on `GET /api/v1/cases/:id`: no tasks, internal-free timeline, the query code. */
export interface ApplicantCaseView extends CaseView {
  queryCode: string;
  itemName: string;
  departmentName: string;
  submittedAt: string;
  timeline: ApplicantTimelineEntry[];
}
