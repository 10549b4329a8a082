/**
 * Public progress lookup (办件进度查询): anyone holding both the receipt number and the query
 * code sees where the case is — no names, no materials, no opinions. Either code wrong answers
 * exactly like an unknown case.
 */
import { isValidReceiptNumber } from '../../../shared/receipt-number.js';
import type { Db } from '../../db/connection.js';
import { AppError, notFound } from '../../platform/errors.js';
import { safeEqual } from '../../platform/secrets.js';
import { shanghaiDate, workingDaysLeft, type Calendar } from '../calendar/engine/index.js';
import { itemNames } from '../catalogue/service.js';
import type { WorkflowEvent } from '../workflow/engine/index.js';
import * as workflowRepo from '../workflow/repository.js';
import { CLOSED_STATUSES } from './case-status.js';

export const STATUS_TEXT: Record<string, string> = {
  draft: '草稿',
  in_prereview: '网上预审中',
  submitted: '已收件，待受理',
  awaiting_supplement: '待补正材料',
  accepted: '已受理',
  in_review: '审查中',
  decided_approved: '已准予许可',
  decided_rejected: '不予许可',
  completed: '已办结',
  delivered: '已送达',
  refused: '不予受理',
  withdrawn: '已撤回',
};

/** What the public may read of each event; events not listed (claims, transfers) stay internal. */
const STEP_TEXT: Partial<Record<WorkflowEvent['kind'], (e: WorkflowEvent) => string>> = {
  submitted: () => '提交申请',
  prereview_passed: () => '预审通过',
  prereview_returned: () => '预审退回修改',
  accepted: () => '受理',
  deemed_accepted: () => '逾期未答复，依法视为受理',
  refused: () => '不予受理',
  supplement_requested: () => '一次性告知补正材料',
  supplement_received: () => '收到补正材料',
  special_procedure_started: () => '进入特别程序（期间不计入办理时限）',
  special_procedure_ended: () => '特别程序结束',
  extension_decided: (e) => (e.kind === 'extension_decided' && e.approved ? `延长办理时限 ${e.days} 个工作日` : '延期申请未获批准'),
  decided: (e) => (e.kind === 'decided' && e.decision === 'approved' ? '作出准予许可决定' : '作出不予许可决定'),
  completed: () => '办结',
  delivered: () => '送达',
  withdrawn: () => '申请人撤回',
};

export async function lookupCase(db: Db, calendar: Calendar, receiptNo: string, queryCode: string, now = new Date()) {
  const normalised = receiptNo.trim().toUpperCase();
  if (!isValidReceiptNumber(normalised)) {
    throw new AppError('invalid_receipt_number', 400, '办件编号有误（校验位不符），请核对', [{ field: 'query.receiptNo', message: '办件编号有误（校验位不符），请核对' }]);
  }
  const row = await workflowRepo.findCaseByReceipt(db, normalised);
  if (!row || !safeEqual(row.query_code, queryCode.trim().toUpperCase())) throw notFound('办件');
  const events = (await workflowRepo.eventsOf(db, row.id)).map((e) => e.event as WorkflowEvent);
  const item = (await itemNames(db, [row.item_code])).get(row.item_code);
  const accepted = events.find((e) => e.kind === 'accepted' || e.kind === 'deemed_accepted');
  return {
    receiptNo: row.receipt_no,
    itemName: item?.name ?? row.item_code,
    departmentName: item?.departmentName ?? '',
    status: row.status,
    statusText: STATUS_TEXT[row.status] ?? row.status,
    submittedOn: events[0]?.on ?? shanghaiDate(new Date(row.created_at)),
    acceptedOn: accepted?.on ?? null,
    dueOn: row.due_on,
    daysLeft: row.due_on && !CLOSED_STATUSES.has(row.status) ? workingDaysLeft(calendar, row.due_on, shanghaiDate(now)) : null,
    clockPaused: row.clock_paused,
    steps: events.flatMap((e) => {
      const text = STEP_TEXT[e.kind];
      return text ? [{ on: e.on, label: text(e) }] : [];
    }),
  };
}
