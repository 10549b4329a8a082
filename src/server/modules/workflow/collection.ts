import { isValidIdCardNumber, maskIdNumber } from '../../../shared/id-numbers.js';
import { transact } from '../../db/connection.js';
import { recordAudit } from '../../platform/audit.js';
import { AppError, conflict, forbidden, invalid } from '../../platform/errors.js';
import { findApplicationByCase } from '../applications/repository.js';
import { actorName, type Actor } from '../identity/actor.js';
import type { Command } from './engine/index.js';
import * as repo from './repository.js';
import { isEmptyScope, scopeWith } from './scope.js';
import { loadCase, runCommandsIn, type WorkflowContext } from './service.js';

/** The permission of 统一出件: handing results over at the window. */
const HAND_OVER = 'certificates.hand_over';

const applicantName = (r: { applicant_id: string; applicant_display_name: string | null; applicant_enterprise_name: string | null; applicant_kind: string | null }) =>
  (r.applicant_kind === 'enterprise' ? r.applicant_enterprise_name : null) ?? r.applicant_display_name ?? r.applicant_id;

/** 统一出件: decided cases of the clerk's scope whose result waits to be collected in person. */
export async function collectionQueue(ctx: WorkflowContext, actor: Actor) {
  const scope = await scopeWith(ctx.db, actor, HAND_OVER);
  if (isEmptyScope(scope)) throw forbidden();
  const rows = await repo.collectionQueue(ctx.db, scope, 200);
  return rows.map((r) => ({
    caseId: r.id,
    receiptNo: r.receipt_no,
    itemCode: r.item_code,
    itemName: r.item_name,
    handlingDepth: r.handling_depth,
    applicantName: applicantName(r),
    department: r.department_code,
    status: r.status,
    version: r.version,
    decidedAt: new Date(r.updated_at).toISOString(),
  }));
}

export interface HandoverInput {
  expectedVersion: number;
  collectorKind: 'applicant' | 'agent';
  collectorName: string;
  /** The collector's resident ID number as read from the card; only its masked form is kept. */
  idNumber?: string | undefined;
  idChecked: boolean;
  note?: string | undefined;
}

/**
 * The clerk hands the result over: who collected it, that their identity document was checked,
 * when. In one transaction: 办结 (when not done yet) and 送达 at the window as one new version of
 * the case, the handover record and its audit entry. For 网上受理 items the originals must have
 * been checked first (OriginalsCard), since they are seen only now.
 */
export async function recordHandover(ctx: WorkflowContext, actor: Actor, caseId: number, input: HandoverInput, requestId?: string) {
  if (isEmptyScope(await scopeWith(ctx.db, actor, HAND_OVER))) throw forbidden();
  const collectorName = input.collectorName.trim();
  if (!collectorName) throw invalid('body.collectorName', '请填写领取人姓名');
  if (!input.idChecked) throw invalid('body.idChecked', '请先核对领取人的身份证件，再出件');
  const idNumber = input.idNumber?.trim().toUpperCase();
  if (idNumber && !isValidIdCardNumber(idNumber)) throw invalid('body.idNumber', '身份证号码有误，请核对后重新输入（18 位，最后一位可以是 X）');
  return transact(ctx.db, async (trx) => {
    // Someone else's case is a 404 before anything else is said about it.
    const { row } = await loadCase(trx, actor, caseId);
    const depth = await repo.handlingDepthOf(trx, caseId);
    const commands: Command[] = row.status === 'completed' ? [{ kind: 'deliver', method: 'window' }] : [{ kind: 'complete' }, { kind: 'deliver', method: 'window' }];
    if (depth === 'full_online') throw conflict('electronic_delivery', '该事项全程网办，结果以电子证照送达，不在窗口出件');
    if (await repo.findCollection(trx, caseId)) throw conflict('already_collected', '该办件的结果已经领取');
    if (depth === 'online_accept') {
      const application = await findApplicationByCase(trx, caseId);
      if (application && !application.originals_verified_at) throw conflict('originals_not_verified', '请先核验申请材料原件，再出件');
    }
    let result;
    try {
      result = await runCommandsIn(ctx, trx, caseId, commands, actor, input.expectedVersion);
    } catch (error) {
      if (error instanceof AppError && error.code === 'wrong_status') throw conflict('not_collectable', '办件尚未作出决定或已经送达，不能出件');
      throw error;
    }
    const collected = await repo.insertCollection(trx, {
      case_id: caseId,
      collector_name: collectorName,
      collector_kind: input.collectorKind,
      id_checked: true,
      id_number_masked: idNumber ? maskIdNumber(idNumber) : null,
      note: input.note?.trim() || null,
      collected_at: new Date(),
      handed_over_by: actorName(actor),
    });
    await recordAudit(trx, {
      actor: actorName(actor),
      action: 'case.result_collected',
      subjectType: 'case',
      subjectId: String(caseId),
      requestId,
      details: { collectorKind: input.collectorKind, idChecked: true, events: result.events },
    });
    return {
      version: result.version,
      collectorName: collected.collector_name,
      collectorKind: collected.collector_kind,
      idNumberMasked: collected.id_number_masked,
      collectedAt: new Date(collected.collected_at).toISOString(),
    };
  });
}
