/**
 * Applications: the applicant's form and materials, from the first keystroke (a draft, saved as
 * they type) to submission, where the workflow module files the case. Window clerks file for
 * walk-ins (帮办代办), check each material, and record originals seen at collection. The same
 * record serves the online door and the window door (网上审批与实体大厅办理同步进行).
 */
import type { Db } from '../../db/connection.js';
import { transact } from '../../db/connection.js';
import { recordAudit } from '../../platform/audit.js';
import { AppError, conflict, forbidden, invalid, notFound } from '../../platform/errors.js';
import type { Secrets } from '../../platform/secrets.js';
import type { BlobStore } from '../../platform/storage.js';
import type { Calendar } from '../calendar/engine/index.js';
import { itemNames, itemRealnameLevel, materialsOfVersion, publishedVersionRef } from '../catalogue/service.js';
import { requireRealnameLevel } from '../identity/account.js';
import { MATERIAL_TYPES, findFile, withUpload, type UploadInput } from '../files/service.js';
import { actorName, scopesWith, type Actor } from '../identity/actor.js';
import { applicantProfile } from '../identity/applicant-profile.js';
import { findOrCreateWalkInApplicant, type WalkInAccount, type WalkInApplicant } from '../identity/walk-ins.js';
import * as workflowRepo from '../workflow/repository.js';
import { createCase, loadCase } from '../workflow/service.js';
import { CLOSED_STATUSES } from './case-status.js';
import { formOf } from './item-forms.js';
import { prefilledForm } from './prefill.js';
import * as repo from './repository.js';
import { openRound } from './supplements.js';
import { formErrors } from './validation.js';
import { requiredFor } from '../../../shared/material-conditions.js';
import { applicationView } from './views.js';

export interface ApplicationsContext {
  db: Db;
  store: BlobStore;
  calendar: Calendar;
  secrets: Secrets;
  uploadMaxBytes: number;
  now?: () => Date;
}



type UserActor = Extract<Actor, { kind: 'user' }>;

export function userOf(actor: Actor): UserActor {
  if (actor.kind !== 'user') throw forbidden('仅限登录用户');
  return actor;
}

// ---------------------------------------------------------------------------------------------
// Who may do what with an application

type Access = 'owner' | 'filer' | 'staff';

/**
 * How the actor relates to the application: its applicant, the clerk who filed it, or staff of
 * a department working its case. Anyone else gets 404, as if it did not exist.
 */
async function accessTo(db: Db, actor: Actor, row: repo.ApplicationRow): Promise<Access> {
  const user = userOf(actor);
  if (row.applicant_id === user.username) return 'owner';
  if (row.filed_by === user.username) return 'filer';
  if (row.case_id !== null && user.userKind === 'staff') {
    try {
      await loadCase(db, actor, row.case_id);
      return 'staff';
    } catch {
      // fall through: not theirs to see
    }
  }
  throw notFound('申请');
}

async function loadApplication(db: Db, actor: Actor, id: number, options: { lock?: boolean } = {}) {
  const row = await repo.findApplication(db, id, options);
  if (!row) throw notFound('申请');
  return { row, access: await accessTo(db, actor, row) };
}

function requireDraft(row: repo.ApplicationRow): void {
  if (row.status !== 'draft') throw new AppError('application_submitted', 409, '申请已提交，不能再修改申请表');
}

function requireVersion(row: repo.ApplicationRow, expected: number): void {
  if (row.version !== expected) throw conflict('stale_application', '申请已被更新（可能在另一窗口），请刷新后重试');
}

const isClerk = (actor: Actor) => scopesWith(actor, 'intake.accept').length > 0;

// ---------------------------------------------------------------------------------------------
// Drafts

/** An applicant starts (or resumes) their online application for an item. */
export async function startApplication(ctx: ApplicationsContext, actor: Actor, input: { itemCode: string }) {
  const user = userOf(actor);
  if (user.userKind === 'staff') throw forbidden('工作人员请通过「代办登记」为申请人填报');
  if (scopesWith(actor, 'cases.apply').length === 0) throw forbidden();
  return transact(ctx.db, async (trx) => {
    const existing = await repo.findOpenDraft(trx, user.username, input.itemCode);
    if (existing) return { created: false, view: await applicationView(trx, existing) };
    const version = await publishedVersionRef(trx, input.itemCode);
    await requireRealnameLevel(trx, user.username, await itemRealnameLevel(trx, input.itemCode));
    const profile = await applicantProfile(trx, ctx.secrets, user.username);
    const formData = profile ? prefilledForm((await formOf(trx, input.itemCode)).schema, profile) : {};
    const row = await repo.insertApplication(trx, { item_code: input.itemCode, item_version_id: version.versionId, applicant_id: user.username, filed_by: null, channel: 'online', form_data: formData });
    await recordAudit(trx, { actor: user.username, action: 'application.started', subjectType: 'application', subjectId: String(row.id), details: { itemCode: input.itemCode } });
    return { created: true, view: await applicationView(trx, row) };
  });
}

/**
 * What the clerk typed on the first screen, put into the form so it is not asked again: a person's
 * name as the contact, an enterprise's name as the organisation; the phone as the contact phone.
 */
export function walkInFormData(account: Pick<WalkInAccount, 'kind' | 'displayName' | 'enterpriseName'>, phone: string): Record<string, unknown> {
  if (account.kind === 'enterprise') return { applicant: { organisation: account.enterpriseName ?? account.displayName, contactPhone: phone } };
  return { applicant: { contactName: account.displayName, contactPhone: phone } };
}

/**
 * A window clerk files for a walk-in applicant (帮办代办): finds or registers them, starts the draft
 * with what the clerk typed already in the form. Answers with the new account, if one was made,
 * so the person can be sent a claim code once this has committed.
 */
export async function fileWalkIn(ctx: ApplicationsContext, actor: Actor, input: { itemCode: string; applicant: WalkInApplicant; channel: 'window' | 'assisted' }) {
  const user = userOf(actor);
  if (scopesWith(actor, 'intake.file_assisted').length === 0) throw forbidden();
  return transact(ctx.db, async (trx) => {
    const version = await publishedVersionRef(trx, input.itemCode);
    const applicant = await findOrCreateWalkInApplicant(trx, ctx.secrets, input.applicant, user.username);
    const row = await repo.insertApplication(trx, {
      item_code: input.itemCode,
      item_version_id: version.versionId,
      applicant_id: applicant.username,
      filed_by: user.username,
      channel: input.channel,
      form_data: walkInFormData(applicant, input.applicant.phone),
    });
    await recordAudit(trx, { actor: user.username, action: 'application.filed_for_walk_in', subjectType: 'application', subjectId: String(row.id), details: { itemCode: input.itemCode, applicant: applicant.username, newAccount: applicant.created } });
    return { view: await applicationView(trx, row), newAccount: applicant.created ? { userId: applicant.userId, phone: input.applicant.phone } : null };
  });
}

export async function getApplication(ctx: ApplicationsContext, actor: Actor, id: number) {
  const { row } = await loadApplication(ctx.db, actor, id);
  return applicationView(ctx.db, row);
}

/** The application a case was filed from; null for a case registered without one (the case itself must be visible). */
export async function getApplicationOfCase(ctx: ApplicationsContext, actor: Actor, caseId: number) {
  const row = await repo.findApplicationByCase(ctx.db, caseId);
  if (!row) {
    await loadCase(ctx.db, actor, caseId);
    return null;
  }
  await accessTo(ctx.db, actor, row);
  return applicationView(ctx.db, row);
}

/** Autosave: the form as typed so far; only its shape is checked (completeness at submission). */
export async function saveForm(ctx: ApplicationsContext, actor: Actor, id: number, formData: Record<string, unknown>, expectedVersion: number) {
  return transact(ctx.db, async (trx) => {
    const { row, access } = await loadApplication(trx, actor, id, { lock: true });
    if (access === 'staff') throw notFound('申请');
    requireDraft(row);
    requireVersion(row, expectedVersion);
    const form = await formOf(trx, row.item_code);
    const problems = formErrors(form.schema, formData, 'draft', 'body.formData');
    if (problems.length) throw new AppError('validation_failed', 400, problems[0]!.message, problems);
    const updated = await repo.updateApplicationIfVersion(trx, id, expectedVersion, { form_data: formData });
    if (!updated) throw conflict('stale_application', '申请已被更新（可能在另一窗口），请刷新后重试');
    await recordAudit(trx, { actor: actorName(actor), action: 'application.saved', subjectType: 'application', subjectId: String(id) });
    return applicationView(trx, updated);
  });
}

/** The applicant deletes a draft they started (with its attached files); nobody else's, and nothing submitted. */
export async function deleteDraft(ctx: ApplicationsContext, actor: Actor, id: number, expectedVersion: number | undefined): Promise<void> {
  await transact(ctx.db, async (trx) => {
    const { row, access } = await loadApplication(trx, actor, id, { lock: true });
    if (access !== 'owner') throw notFound('申请');
    if (row.status !== 'draft') throw new AppError('application_submitted', 409, '申请已提交，不能删除；如不再需要，可在办件页面撤回申请');
    if (expectedVersion !== undefined) requireVersion(row, expectedVersion);
    await repo.deleteApplication(trx, id);
    await recordAudit(trx, { actor: actorName(actor), action: 'application.deleted', subjectType: 'application', subjectId: String(id), details: { itemCode: row.item_code } });
  });
}

// ---------------------------------------------------------------------------------------------
// Materials

/**
 * When files may be added: to a draft by its applicant or filing clerk; to a submitted case that
 * awaits a supplement also by a window clerk scanning paper brought in.
 */
async function phaseForAdding(db: Db, actor: Actor, row: repo.ApplicationRow, access: Access): Promise<'initial' | 'supplement'> {
  if (row.status === 'draft') {
    if (access === 'staff') throw notFound('申请');
    return 'initial';
  }
  const caseRow = await workflowRepo.findCase(db, row.case_id!);
  if (caseRow?.status !== 'awaiting_supplement') throw new AppError('not_awaiting_supplement', 409, '办件当前不需要补正材料');
  if (access === 'staff' && !isClerk(actor)) throw forbidden('仅窗口人员可代为上传补正材料');
  return 'supplement';
}

/**
 * While the window's supplement list is out, only the materials on it take new files: the rest
 * were found in order and stay as they were checked.
 */
async function requireOnSupplementList(db: Db, row: repo.ApplicationRow, material: { id: number; name: string }): Promise<void> {
  const open = openRound(await repo.supplementsOf(db, row.id));
  if (open && !open.material_ids.includes(material.id)) {
    throw new AppError('not_on_supplement_list', 422, `「${material.name}」不在补正清单上，无需补正：只为清单上的材料上传补正文件`, [{ field: 'params.materialId', message: `「${material.name}」不在补正清单上` }]);
  }
}

async function materialOf(db: Db, row: repo.ApplicationRow, materialId: number) {
  const material = (await materialsOfVersion(db, row.item_version_id)).find((m) => m.id === materialId);
  if (!material) throw notFound('材料');
  return material;
}

/** Stores an uploaded file (sniffed, hashed, deduplicated) and attaches it to one material. */
export async function attachUpload(ctx: ApplicationsContext, actor: Actor, id: number, materialId: number, upload: { stream: UploadInput['stream']; filename: string; mimetype?: string }) {
  const { row, access } = await loadApplication(ctx.db, actor, id);
  const material = await materialOf(ctx.db, row, materialId);
  const phase = await phaseForAdding(ctx.db, actor, row, access);
  if (phase === 'supplement') await requireOnSupplementList(ctx.db, row, material);
  const input: UploadInput = { stream: upload.stream, filename: upload.filename, declaredType: upload.mimetype, maxBytes: ctx.uploadMaxBytes, allowed: MATERIAL_TYPES, uploadedBy: actorName(actor) };
  return withUpload(ctx.db, ctx.store, input, async (trx, file) => {
    const locked = await repo.findApplication(trx, id, { lock: true });
    if (!locked || locked.status !== row.status) throw conflict('stale_application', '申请已被更新，请刷新后重试');
    await repo.insertApplicationFile(trx, { application_id: id, material_id: material.id, material_name: material.name, file_id: file.id, filename: file.filename, phase, uploaded_by: actorName(actor) });
    await repo.bumpVersion(trx, id);
    await recordAudit(trx, { actor: actorName(actor), action: 'application.file_attached', subjectType: 'application', subjectId: String(id), details: { materialId, fileId: file.id, sha256: file.sha256, phase } });
    return applicationView(trx, (await repo.findApplication(trx, id))!);
  });
}

/** Reuses a file verified in one of the applicant's earlier cases (资料多方共认); the reuse is recorded. */
export async function reuseVerified(ctx: ApplicationsContext, actor: Actor, id: number, materialId: number, sourceId: number) {
  return transact(ctx.db, async (trx) => {
    const { row, access } = await loadApplication(trx, actor, id, { lock: true });
    const material = await materialOf(trx, row, materialId);
    const phase = await phaseForAdding(trx, actor, row, access);
    if (phase === 'supplement') await requireOnSupplementList(trx, row, material);
    const source = await repo.findVerifiedFile(trx, row.applicant_id, sourceId);
    if (!source) throw invalid('body.sourceId', '没有可复用的已核验材料');
    if (source.material_name !== material.name) throw invalid('body.sourceId', `该文件核验为「${source.material_name}」，不能用作「${material.name}」`);
    await repo.insertApplicationFile(trx, { application_id: id, material_id: material.id, material_name: material.name, file_id: source.file_id, filename: source.filename, phase, uploaded_by: actorName(actor), reused_from: source.id });
    await repo.bumpVersion(trx, id);
    await recordAudit(trx, { actor: actorName(actor), action: 'application.file_reused', subjectType: 'application', subjectId: String(id), details: { materialId, sourceApplicationFileId: source.id, fileId: source.file_id } });
    return applicationView(trx, (await repo.findApplication(trx, id))!);
  });
}

/**
 * Removes a file from a draft; during a supplement, a file its uploader just added, or a file the
 * window flagged (缺失/不合格) on a listed material, so that the new one replaces it.
 */
export async function removeFile(ctx: ApplicationsContext, actor: Actor, id: number, materialId: number, fileRowId: number) {
  return transact(ctx.db, async (trx) => {
    const { row, access } = await loadApplication(trx, actor, id, { lock: true });
    const file = await repo.findApplicationFile(trx, id, fileRowId);
    if (!file || file.material_id !== materialId) throw notFound('文件');
    const phase = await phaseForAdding(trx, actor, row, access);
    if (phase === 'supplement') {
      const ownNew = file.phase === 'supplement' && file.uploaded_by === actorName(actor);
      const listed = openRound(await repo.supplementsOf(trx, id))?.material_ids.includes(materialId) ?? false;
      const flagged = file.check_result === 'missing' || file.check_result === 'invalid';
      if (!ownNew && !(listed && flagged)) throw new AppError('file_locked', 409, '核验合格或不在补正清单上的材料不能删除：只能删除被标为缺失或不合格的文件，或自己刚上传的补正文件');
    }
    await repo.deleteApplicationFile(trx, id, fileRowId);
    await repo.bumpVersion(trx, id);
    // The window's verdict on a removed file stays on record here.
    await recordAudit(trx, { actor: actorName(actor), action: 'application.file_removed', subjectType: 'application', subjectId: String(id), details: { materialId, fileId: file.file_id, check: file.check_result, checkNote: file.check_note } });
    return applicationView(trx, (await repo.findApplication(trx, id))!);
  });
}

/** The window's check of one file (合格 / 缺失 / 不合格), before accepting or asking for a supplement. */
export async function checkFile(ctx: ApplicationsContext, actor: Actor, id: number, materialId: number, fileRowId: number, result: 'ok' | 'missing' | 'invalid', note: string | undefined) {
  return transact(ctx.db, async (trx) => {
    const { row, access } = await loadApplication(trx, actor, id, { lock: true });
    if (!isClerk(actor) || access === 'owner') throw forbidden('仅窗口人员可核验材料');
    if (row.case_id !== null) {
      const caseRow = await workflowRepo.findCase(trx, row.case_id);
      if (caseRow && CLOSED_STATUSES.has(caseRow.status)) throw new AppError('case_closed', 409, '办件已办结，不能再核验材料');
    }
    const file = await repo.findApplicationFile(trx, id, fileRowId);
    if (!file || file.material_id !== materialId) throw notFound('文件');
    if (result !== 'ok' && !note?.trim()) throw invalid('body.note', '请说明缺失或不合格的原因');
    await repo.setCheck(trx, fileRowId, { check_result: result, check_note: note?.trim() || null, checked_by: actorName(actor) });
    await repo.bumpVersion(trx, id);
    await recordAudit(trx, { actor: actorName(actor), action: 'application.file_checked', subjectType: 'application', subjectId: String(id), details: { fileRowId, result } });
    return applicationView(trx, (await repo.findApplication(trx, id))!);
  });
}

export async function downloadFile(ctx: ApplicationsContext, actor: Actor, id: number, fileRowId: number) {
  const { row } = await loadApplication(ctx.db, actor, id);
  const file = await repo.findApplicationFile(ctx.db, row.id, fileRowId);
  if (!file) throw notFound('文件');
  const stored = await findFile(ctx.db, file.file_id);
  if (!stored) throw notFound('文件');
  return { stored, filename: file.filename };
}

// ---------------------------------------------------------------------------------------------
// Submission

/**
 * Submits the draft: the complete form and every required material, then the workflow files the
 * case (receipt number, query code, item version, channel) in the same transaction.
 */
export async function submitApplication(ctx: ApplicationsContext, actor: Actor, id: number, expectedVersion: number) {
  return transact(ctx.db, async (trx) => {
    const { row, access } = await loadApplication(trx, actor, id, { lock: true });
    if (access === 'staff') throw notFound('申请');
    requireDraft(row);
    requireVersion(row, expectedVersion);
    const current = await publishedVersionRef(trx, row.item_code);
    if (current.versionId !== row.item_version_id) {
      await repo.updateApplicationIfVersion(trx, id, row.version, { item_version_id: current.versionId });
      throw new AppError('item_changed', 409, '该事项的办理要求已更新，请核对申请表和材料后重新提交');
    }
    // Online only: at the window the clerk has seen the person's papers.
    if (row.channel === 'online') await requireRealnameLevel(trx, row.applicant_id, await itemRealnameLevel(trx, row.item_code));
    const form = await formOf(trx, row.item_code);
    const problems = formErrors(form.schema, row.form_data, 'submit', 'body.formData');
    const files = await repo.filesOf(trx, id);
    for (const material of await materialsOfVersion(trx, row.item_version_id)) {
      if (requiredFor(material, row.form_data) && material.source !== 'shared' && !files.some((f) => f.material_id === material.id)) {
        const message = material.required ? `缺少必要材料：${material.name}` : `缺少材料：${material.name}（${material.condition ?? '按申请表所填情形需要提交'}）`;
        problems.push({ field: `materials.${material.id}`, message });
      }
    }
    if (problems.length) throw new AppError('application_incomplete', 422, `申请不完整：${problems.map((p) => p.message).slice(0, 3).join('；')}`, problems);
    const created = await createCase({ db: trx, calendar: ctx.calendar, ...(ctx.now && { now: ctx.now }) }, { itemCode: row.item_code, applicantId: row.applicant_id, channel: row.channel }, actor);
    const updated = await repo.updateApplicationIfVersion(trx, id, row.version, { status: 'submitted', case_id: created.id });
    if (!updated) throw conflict('stale_application', '申请已被更新，请刷新后重试');
    await recordAudit(trx, { actor: actorName(actor), action: 'application.submitted', subjectType: 'application', subjectId: String(id), details: { caseId: created.id, receiptNo: created.receiptNo, channel: row.channel } });
    return { caseId: created.id, receiptNo: created.receiptNo, queryCode: created.queryCode, applicationId: id };
  });
}

/** At collection, for 网上受理 items: the clerk saw the originals of the materials submitted online. */
export async function verifyOriginals(ctx: ApplicationsContext, actor: Actor, caseId: number, note: string | undefined) {
  return transact(ctx.db, async (trx) => {
    if (scopesWith(actor, 'certificates.hand_over').length === 0) throw forbidden();
    const loaded = await loadCase(trx, actor, caseId);
    const row = await repo.findApplicationByCase(trx, caseId);
    if (!row) throw notFound('申请');
    const item = (await itemNames(trx, [row.item_code])).get(row.item_code);
    if (item?.handlingDepth !== 'online_accept') throw new AppError('originals_not_required', 409, '该事项不需要核验原件（仅「网上受理」事项在领取结果时核验原件）');
    if (!['decided_approved', 'completed', 'delivered'].includes(loaded.row.status)) throw new AppError('not_decided', 409, '办件尚未审批通过，领取结果时再核验原件');
    if (row.originals_verified_at) throw new AppError('originals_already_verified', 409, '原件已核验');
    const updated = await repo.updateApplicationIfVersion(trx, row.id, row.version, { originals_verified_at: new Date(), originals_verified_by: actorName(actor) });
    if (!updated) throw conflict('stale_application', '申请已被更新，请刷新后重试');
    await recordAudit(trx, { actor: actorName(actor), action: 'application.originals_verified', subjectType: 'case', subjectId: String(caseId), details: { note: note ?? null } });
    return { verifiedAt: updated.originals_verified_at!.toISOString(), by: actorName(actor) };
  });
}
