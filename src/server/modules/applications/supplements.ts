/**
 * The supplement (补正) rules of an application at intake, kept by the applications module
 * because only it knows the materials and the window's checks:
 * - the window's 一次性告知 lists the materials that are wrong (flagged 缺失/不合格, or needed for
 *   this form and not handed in); a second request may only return what is still wrong on the
 *   first list (the engine allows at most two intake requests, the second repeating the first);
 * - while it is out, only the listed slots take files, and handing it in needs a new file on each;
 * - the window accepts only when every material this form needs is there and not flagged.
 * Enforced inside the transaction of the case command (a CaseEffect): a broken rule rolls it back.
 */
import type { Db } from '../../db/connection.js';
import { AppError, type FieldError } from '../../platform/errors.js';
import { notHandedIn, requiredFor, stillWrong } from '../../../shared/material-conditions.js';
import { materialsOfVersion } from '../catalogue/service.js';
import type { CaseEffect } from '../workflow/effects.js';
import * as repo from './repository.js';

type Material = Awaited<ReturnType<typeof materialsOfVersion>>[number];
type FileRow = Pick<repo.ApplicationFileRow, 'id' | 'material_id' | 'check_result' | 'phase' | 'uploaded_at'>;

/** Whether the window still finds the material wrong (see shared/material-conditions.ts). */
export function isWrong(material: Material, files: readonly FileRow[], formData: unknown): boolean {
  const own = files.filter((f) => f.material_id === material.id).map((f) => ({ id: f.id, check: f.check_result }));
  return stillWrong({ ...material, shared: material.source === 'shared' }, own, formData);
}

/** The materials a new intake request lists: any wrong one the first time, the still-wrong part of the first list after. */
export function materialsToList(materials: readonly Material[], files: readonly FileRow[], formData: unknown, firstList: readonly number[] | null): Material[] {
  return materials.filter((m) => (firstList === null || firstList.includes(m.id)) && isWrong(m, files, formData));
}

/** The round of intake supplement still waiting to be handed in, if any. */
export const openRound = (rounds: readonly repo.SupplementRow[]) => rounds.find((r) => r.received_at === null) ?? null;

const nameOf = (materials: readonly Material[], id: number) => materials.find((m) => m.id === id)?.name ?? `#${id}`;
const quoted = (names: string[]) => names.map((n) => `「${n}」`).join('、');

export const enforceSupplementRules: CaseEffect = async (trx, change) => {
  const relevant = change.events.filter(({ event }) => (event.kind === 'supplement_requested' && event.taskId === undefined) || event.kind === 'supplement_received' || event.kind === 'accepted');
  if (relevant.length === 0) return;
  const application = await repo.findApplicationByCase(trx, change.row.id);
  if (!application) return; // registered at the window without an online application: paper rules
  const [materials, files] = await Promise.all([materialsOfVersion(trx, application.item_version_id), repo.filesOf(trx, application.id)]);
  for (const { event } of relevant) {
    const rounds = await repo.supplementsOf(trx, application.id);
    if (event.kind === 'supplement_requested') await listRound(trx, application, materials, files, rounds, event);
    else if (event.kind === 'supplement_received') await receiveRound(trx, materials, files, rounds, event.at);
    else requireComplete(materials, files, application.form_data);
  }
};

async function listRound(trx: Db, application: repo.ApplicationRow, materials: readonly Material[], files: readonly FileRow[], rounds: readonly repo.SupplementRow[], event: { at: string; on: string; due?: string }) {
  const first = rounds[0] ?? null;
  const listed = materialsToList(materials, files, application.form_data, first ? first.material_ids : null);
  if (listed.length === 0) {
    const message = first
      ? '首次告知清单上的材料已经补正合格，不能再次要求补正：请作出受理或不予受理的决定'
      : '材料核验中没有缺失或不合格的材料：请先把需要补正的文件核验为「缺失」或「不合格」，再一次性告知';
    throw new AppError('nothing_to_supplement', 422, message, [{ field: 'command.items', message }]);
  }
  await repo.insertSupplement(trx, { application_id: application.id, round: rounds.length + 1, material_ids: listed.map((m) => m.id), requested_at: event.at, due_on: event.due ?? event.on });
}

async function receiveRound(trx: Db, materials: readonly Material[], files: readonly FileRow[], rounds: readonly repo.SupplementRow[], at: string) {
  const open = openRound(rounds);
  if (!open) return; // a supplement a department asked for during review: its list is free text
  const missing = notHandedIn({ materialIds: open.material_ids, requestedAt: open.requested_at }, files.map((f) => ({ materialId: f.material_id, phase: f.phase, uploadedAt: f.uploaded_at })));
  if (missing.length > 0) {
    const errors: FieldError[] = missing.map((id) => ({ field: `materials.${id}`, message: `请为「${nameOf(materials, id)}」上传补正后的文件` }));
    throw new AppError('supplement_incomplete', 422, `补正材料不齐：请为${quoted(missing.map((id) => nameOf(materials, id)))}上传补正后的文件后再提交`, errors);
  }
  await repo.markSupplementReceived(trx, open.id, at);
}

function requireComplete(materials: readonly Material[], files: readonly FileRow[], formData: unknown) {
  const wrong = materials.filter((m) => requiredFor(m, formData) && isWrong(m, files, formData));
  if (wrong.length === 0) return;
  const errors: FieldError[] = wrong.map((m) => ({ field: `materials.${m.id}`, message: `「${m.name}」缺失或不合格` }));
  throw new AppError('materials_incomplete', 422, `${quoted(wrong.map((m) => m.name))}缺失或不合格，不能受理：请一次性告知补正，或不予受理`, errors);
}
