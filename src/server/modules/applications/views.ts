/** What an application looks like to those who may see it: form, materials with their files and checks, reusable files. */
import type { Db } from '../../db/connection.js';
import { itemNames, materialsOfVersion } from '../catalogue/service.js';
import { findFiles } from '../files/service.js';
import { displayNames } from '../identity/users.js';
import * as workflowRepo from '../workflow/repository.js';
import { requiredFor } from '../../../shared/material-conditions.js';
import { materialView } from './item-forms.js';
import * as repo from './repository.js';

export type ApplicationView = Awaited<ReturnType<typeof applicationView>>;

export async function applicationView(db: Db, row: repo.ApplicationRow) {
  const [items, names, materials, files, supplements] = await Promise.all([
    itemNames(db, [row.item_code]),
    displayNames(db, [row.applicant_id]),
    materialsOfVersion(db, row.item_version_id),
    repo.filesOf(db, row.id),
    repo.supplementsOf(db, row.id),
  ]);
  const item = items.get(row.item_code);
  const stored = new Map((await findFiles(db, files.map((f) => f.file_id))).map((f) => [f.id, f]));
  // The case each reused file was verified in, and every receipt number shown, in one lookup each.
  const reuseCases = await repo.casesOfApplicationFiles(db, files.flatMap((f) => (f.reused_from !== null ? [f.reused_from] : [])));
  const receipts = await workflowRepo.receiptNumbers(db, [...(row.case_id !== null ? [row.case_id] : []), ...reuseCases.values()]);
  const receiptOfSource = (sourceId: number) => {
    const caseId = reuseCases.get(sourceId);
    return caseId === undefined ? null : (receipts.get(caseId) ?? null);
  };
  return {
    id: row.id,
    version: row.version,
    itemCode: row.item_code,
    itemName: item?.name ?? row.item_code,
    departmentName: item?.departmentName ?? '',
    handlingDepth: item?.handlingDepth ?? '',
    channel: row.channel,
    status: row.status,
    applicant: { username: row.applicant_id, displayName: names.get(row.applicant_id) ?? row.applicant_id },
    filedBy: row.filed_by,
    formData: row.form_data as Record<string, unknown>,
    caseId: row.case_id,
    receiptNo: row.case_id !== null ? (receipts.get(row.case_id) ?? null) : null,
    originalsVerifiedAt: row.originals_verified_at?.toISOString() ?? null,
    originalsVerifiedBy: row.originals_verified_by,
    materials: materials.map((m) => ({
      ...materialView(m),
      requiredNow: requiredFor(m, row.form_data),
      files: files
        .filter((f) => f.material_id === m.id)
        .map((f) => {
          const blob = stored.get(f.file_id);
          return {
            id: f.id,
            filename: f.filename,
            size: blob?.size ?? 0,
            mediaType: blob?.media_type ?? 'application/octet-stream',
            sha256: blob?.sha256 ?? '',
            phase: f.phase,
            uploadedBy: f.uploaded_by,
            uploadedAt: new Date(f.uploaded_at).toISOString(),
            reusedFrom: f.reused_from !== null ? { receiptNo: receiptOfSource(f.reused_from) } : null,
            check: f.check_result,
            checkNote: f.check_note,
          };
        }),
    })),
    supplements: supplements.map((s) => ({ round: s.round, materialIds: s.material_ids, requestedAt: new Date(s.requested_at).toISOString(), dueOn: s.due_on, receivedAt: s.received_at?.toISOString() ?? null })),
    reusable: await reusableFor(db, row, materials),
    updatedAt: new Date(row.updated_at).toISOString(),
  };
}

/** Verified files of the applicant's earlier cases that match this item's materials by name. */
async function reusableFor(db: Db, row: repo.ApplicationRow, materials: Awaited<ReturnType<typeof materialsOfVersion>>) {
  if (row.status !== 'draft') return [];
  const byName = new Map(materials.map((m) => [m.name, m.id]));
  const verified = await repo.verifiedFilesOf(db, row.applicant_id, [...byName.keys()], row.id);
  const receipts = await workflowRepo.receiptNumbers(db, verified.map((v) => v.case_id!));
  const seen = new Set<string>();
  return verified.flatMap((v) => {
    const key = `${v.material_name}:${v.file_id}`;
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ sourceId: v.id, materialId: byName.get(v.material_name)!, materialName: v.material_name, fileId: v.file_id, filename: v.filename, verifiedIn: receipts.get(v.case_id!) ?? null, verifiedAt: v.checked_at?.toISOString() ?? null }];
  });
}
