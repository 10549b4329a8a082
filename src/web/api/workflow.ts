/**
 * The workflow API: the department inbox, a case with its tasks and timeline, and commands.
 * Types come from the server's engine (type-only imports, erased from the bundle), so a change
 * to a command's payload fails the web app's type check.
 */
import type { Command, CommandKind } from '../../server/modules/workflow/engine/commands.js';
import type { Channel, EventKind, WorkflowEvent } from '../../server/modules/workflow/engine/events.js';
import type { CaseStatus, TaskStatus } from '../../server/modules/workflow/engine/state.js';
import type { Credit } from '../../server/modules/workflow/credits.js';
import type { Role } from '../../shared/identity.js';
import { apiGet, apiPost, type RequestOptions } from './client.js';

export type { Channel, Credit, Command, CommandKind, CaseStatus, EventKind, TaskStatus, WorkflowEvent };

/** One open task in the caller's department/role scope (GET /api/v1/tasks/inbox). */
export interface InboxTask {
  caseId: number;
  receiptNo: string;
  itemCode: string;
  taskId: string;
  name: string;
  department: string;
  role: Role;
  assignee: string | null;
  /** The assignee's name (never show the login name). */
  assigneeName: string | null;
  due: string | null;
  daysLeft: number | null;
  clockPaused: boolean;
  warning: 'yellow' | 'red' | null;
  caseVersion: number;
}

export interface CaseTask {
  id: string;
  name: string;
  department: string;
  role: Role;
  status: TaskStatus;
  assignee: string | null;
  /** The deciding task: its approval grants the licence (准予许可); a review's is 审查通过. */
  decides: boolean;
  createdOn: string;
  due: string | null;
  daysLeft: number | null;
}

export interface TimelineEntry {
  seq: number;
  kind: EventKind;
  at: string;
  /** Who did it: a username, `client:…` or `system`. */
  actor: string;
  /** Who it is credited to, as people read it: a name and post, or the system. */
  by: Credit;
  event: WorkflowEvent;
}

/** What the caller may do now; the page shows exactly these buttons. */
export interface AllowedAction {
  kind: CommandKind;
  taskId?: string;
}

export interface CaseView {
  id: number;
  receiptNo: string;
  itemCode: string;
  status: CaseStatus;
  version: number;
  channel: Channel;
  department: string;
  due: string | null;
  daysLeft: number | null;
  clockPaused: boolean;
  tasks: CaseTask[];
  timeline: TimelineEntry[];
  /** Names behind the usernames the case mentions (assignees, a transfer's colleague). */
  people: Record<string, string>;
  actions: AllowedAction[];
}

export async function fetchInbox(options?: RequestOptions): Promise<InboxTask[]> {
  return (await apiGet<{ tasks: InboxTask[] }>('/api/v1/tasks/inbox', options)).tasks;
}

export function fetchCase(id: number, options?: RequestOptions): Promise<CaseView> {
  return apiGet<CaseView>(`/api/v1/cases/${id}`, options);
}

/** Runs a command against the version the caller saw; a newer version answers 409 `stale_case`. */
export function runCaseCommand(id: number, expectedVersion: number, command: Command): Promise<{ version: number; events: string[] }> {
  return apiPost(`/api/v1/cases/${id}/commands`, { expectedVersion, command });
}

/** The problem code of a command sent against an outdated version of the case. */
export const STALE_CASE = 'stale_case';
