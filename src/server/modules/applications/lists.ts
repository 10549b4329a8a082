/** Lists: an applicant's or a clerk's applications, an applicant's cases, the one-window queue. */
import { ROLE_PERMISSIONS } from '../../../shared/identity.js';
import { forbidden } from '../../platform/errors.js';
import { shanghaiDate, workingDaysLeft } from '../calendar/engine/index.js';
import { itemNames } from '../catalogue/service.js';
import { scopesWith, type Actor } from '../identity/actor.js';
import { displayNames } from '../identity/users.js';
import { toEngineActor } from '../workflow/actors.js';
import * as workflowRepo from '../workflow/repository.js';
import { CLOSED_STATUSES } from './case-status.js';
import * as repo from './repository.js';
import { userOf, type ApplicationsContext } from './service.js';

/** Statuses in which a case is waiting at the window. */
const INTAKE_STATUSES = ['submitted', 'in_prereview', 'awaiting_supplement'];

export async function listApplications(ctx: ApplicationsContext, actor: Actor, status: 'draft' | 'submitted' | undefined) {
  const user = userOf(actor);
  const rows = await repo.listApplications(ctx.db, user.userKind === 'staff' ? { filedBy: user.username } : { applicantId: user.username }, status);
  const items = await itemNames(ctx.db, rows.map((r) => r.item_code));
  const names = await displayNames(ctx.db, rows.map((r) => r.applicant_id));
  const receipts = await workflowRepo.receiptNumbers(ctx.db, rows.flatMap((r) => (r.case_id !== null ? [r.case_id] : [])));
  return rows.map((r) => ({
    id: r.id,
    itemCode: r.item_code,
    itemName: items.get(r.item_code)?.name ?? r.item_code,
    status: r.status,
    channel: r.channel,
    applicantName: names.get(r.applicant_id) ?? r.applicant_id,
    caseId: r.case_id,
    receiptNo: r.case_id !== null ? (receipts.get(r.case_id) ?? null) : null,
    updatedAt: new Date(r.updated_at).toISOString(),
  }));
}

function today(ctx: ApplicationsContext) {
  return shanghaiDate(ctx.now?.() ?? new Date());
}

/** The applicant's own cases with their deadlines. */
export async function myCases(ctx: ApplicationsContext, actor: Actor) {
  const user = userOf(actor);
  const rows = await workflowRepo.casesOfApplicant(ctx.db, user.username);
  const items = await itemNames(ctx.db, rows.map((r) => r.item_code));
  const apps = new Map((await repo.applicationsByCases(ctx.db, rows.map((r) => r.id))).map((a) => [a.case_id!, a.id]));
  const on = today(ctx);
  return rows.map((r) => ({
    id: r.id,
    applicationId: apps.get(r.id) ?? null,
    receiptNo: r.receipt_no,
    queryCode: r.query_code,
    itemCode: r.item_code,
    itemName: items.get(r.item_code)?.name ?? r.item_code,
    status: r.status,
    channel: r.channel,
    dueOn: r.due_on,
    daysLeft: r.due_on && !CLOSED_STATUSES.has(r.status) ? workingDaysLeft(ctx.calendar, r.due_on, on) : null,
    clockPaused: r.clock_paused,
    submittedAt: new Date(r.created_at).toISOString(),
    updatedAt: new Date(r.updated_at).toISOString(),
  }));
}

/** The one-window queue: online submissions and walk-ins waiting for intake, oldest first. */
export async function intakeQueue(ctx: ApplicationsContext, actor: Actor, status: string | undefined) {
  if (scopesWith(actor, 'intake.read').length === 0) throw forbidden();
  // The engine's view of the actor has unit roles already resolved to their departments.
  const grants = (await toEngineActor(ctx.db, actor)).roles.filter((g) => ROLE_PERMISSIONS[g.role].includes('intake.read'));
  const departments = grants.filter((g) => g.scopeType === 'department').map((g) => g.scopeCode);
  const regions = grants.filter((g) => g.scopeType === 'region').map((g) => g.scopeCode);
  const rows = await workflowRepo.intakeQueue(ctx.db, { departments, regions }, status ? [status] : INTAKE_STATUSES);
  const items = await itemNames(ctx.db, rows.map((r) => r.item_code));
  const names = await displayNames(ctx.db, rows.map((r) => r.applicant_id));
  const apps = new Map((await repo.applicationsByCases(ctx.db, rows.map((r) => r.id))).map((a) => [a.case_id!, a.id]));
  const on = today(ctx);
  return rows.map((r) => ({
    caseId: r.id,
    applicationId: apps.get(r.id) ?? null,
    receiptNo: r.receipt_no,
    itemCode: r.item_code,
    itemName: items.get(r.item_code)?.name ?? r.item_code,
    applicantName: names.get(r.applicant_id) ?? r.applicant_id,
    channel: r.channel,
    status: r.status,
    version: r.version,
    submittedAt: new Date(r.created_at).toISOString(),
    acceptanceDueOn: r.acceptance_due_on,
    daysLeft: r.acceptance_due_on ? workingDaysLeft(ctx.calendar, r.acceptance_due_on, on) : null,
  }));
}
