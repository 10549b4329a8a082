import { SPECIAL_PROCEDURE_LABELS } from '../../../shared/catalogue.js';
import type { CaseState, StageRole, WorkflowEvent } from '../workflow/engine/index.js';

/**
 * What a case event tells the people concerned, in Chinese: the applicant hears of every step
 * that changes what they must do or can expect; staff hear of work landing in their queue.
 * Pure: the same event always gives the same words.
 */

export interface CaseFacts {
  caseId: number;
  receiptNo: string;
  queryCode: string;
  itemName: string;
  state: CaseState;
}

export interface NoticeText {
  /** Event kind, or `decided_approved` / `decided_rejected`. */
  kind: string;
  title: string;
  body: string;
  /** One line for SMS. */
  shortText: string;
}

export interface StaffNoticeText extends NoticeText {
  department: string;
  role: StageRole;
}

/** 2026-11-26 → 2026年11月26日 */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

const DELIVERY_METHODS = { window: '窗口领取', mail: '邮寄送达', electronic: '电子送达' } as const;
const ROLE_QUEUES: Record<StageRole, string> = { reviewer: '审查', approver: '审批', department_head: '决定' };
const APPEAL = '如对本决定不服，可以依法申请行政复议或者提起行政诉讼。';

function reasonLines(reason: string | null | undefined, legalBasis: string | null | undefined): string {
  return [reason ? `理由：${reason}` : '', legalBasis ? `依据：${legalBasis}` : ''].filter(Boolean).join('\n');
}

/** The notice the applicant gets for one event, or null when the event is internal. */
export function applicantNotice(facts: CaseFacts, event: WorkflowEvent): NoticeText | null {
  const item = `「${facts.itemName}」`;
  const prefix = `您申请的${item}（办件编号 ${facts.receiptNo}）`;
  const on = chineseDate(event.on);
  switch (event.kind) {
    case 'submitted':
      return event.preReview
        ? {
            kind: event.kind,
            title: '您的申请已提交网上预审',
            body: `${prefix}已于${on}提交网上预审。预审结果将另行通知，通过后请携带材料原件到综合窗口办理受理。\n查询码：${facts.queryCode}（凭办件编号和查询码可随时查询办理进度）`,
            shortText: `您申请的${item}已提交网上预审，办件编号${facts.receiptNo}，查询码${facts.queryCode}。`,
          }
        : {
            kind: event.kind,
            title: '您的申请已提交',
            body: `${prefix}已于${on}提交。窗口将在5个工作日内决定是否受理，受理后会通知您。\n查询码：${facts.queryCode}（凭办件编号和查询码可随时查询办理进度）`,
            shortText: `您申请的${item}已提交，办件编号${facts.receiptNo}，查询码${facts.queryCode}。`,
          };
    case 'prereview_passed':
      return {
        kind: event.kind,
        title: '网上预审已通过',
        body: `${prefix}已通过网上预审${event.opinion ? `（意见：${event.opinion}）` : ''}。请携带申请材料原件到区行政服务中心综合窗口办理受理。`,
        shortText: `您申请的${item}已通过网上预审，请携带材料原件到综合窗口办理受理。`,
      };
    case 'prereview_returned':
      return {
        kind: event.kind,
        title: '网上预审未通过',
        body: `${prefix}未通过网上预审。\n原因：${event.reason}\n请按要求修改后重新提交。`,
        shortText: `您申请的${item}未通过网上预审，请登录平台查看原因。`,
      };
    case 'accepted':
      return {
        kind: event.kind,
        title: '您的申请已受理',
        body: `${prefix}已于${on}受理，承诺办理时限 ${event.days} 个工作日，预计于${chineseDate(event.due)}前办结（补正材料和听证、检验检测等特别程序所需时间不计入）。`,
        shortText: `您申请的${item}已受理，办件编号${facts.receiptNo}，预计${chineseDate(event.due)}前办结。`,
      };
    case 'deemed_accepted':
      return {
        kind: event.kind,
        title: '您的申请已依法视为受理',
        body: `${prefix}未在法定期限内收到是否受理的决定，依据《中华人民共和国行政许可法》第三十二条，自收到申请之日起即为受理。承诺办理时限 ${event.days} 个工作日，预计于${chineseDate(event.due)}前办结。`,
        shortText: `您申请的${item}已依法视为受理，办件编号${facts.receiptNo}，预计${chineseDate(event.due)}前办结。`,
      };
    case 'supplement_requested': {
      const phase = facts.state.supplements.at(-1)?.phase;
      const list = event.items.map((name, i) => `${i + 1}. ${name}`).join('\n');
      const after = phase === 'review' ? '补正期间办理时限暂停计算，补齐后继续计算。' : '材料补齐后，窗口将决定是否受理。';
      const by = event.due ? `请于${chineseDate(event.due)}前一次补齐后提交` : '请一次补齐后提交';
      return {
        kind: event.kind,
        title: '请补正申请材料',
        body: `${prefix}需要补正以下 ${event.items.length} 项材料：\n${list}\n${by}，逾期未补正视为放弃申请。${after}`,
        shortText: `您申请的${item}需补正${event.items.length}项材料，${event.due ? `请于${chineseDate(event.due)}前` : '请'}登录平台查看清单并一次补齐。`,
      };
    }
    case 'refused':
      return {
        kind: event.kind,
        title: '您的申请不予受理',
        body: `${prefix}经审查，决定不予受理。\n${reasonLines(event.reason, event.legalBasis)}\n${APPEAL}`,
        shortText: `您申请的${item}不予受理，请登录平台查看理由。`,
      };
    case 'decided':
      return event.decision === 'approved'
        ? {
            kind: 'decided_approved',
            title: '审批结果：准予许可',
            body: `${prefix}已于${on}作出准予许可的决定。办结后即可领取办理结果。`,
            shortText: `您申请的${item}已作出准予许可的决定。`,
          }
        : {
            kind: 'decided_rejected',
            title: '审批结果：不予许可',
            body: `${prefix}已于${on}作出不予许可的决定。\n${reasonLines(event.reason, event.legalBasis)}\n${APPEAL}`,
            shortText: `您申请的${item}作出不予许可的决定，请登录平台查看理由。`,
          };
    case 'completed':
      return {
        kind: event.kind,
        title: '您的办件已办结',
        body: `${prefix}已于${on}办结，请登录平台查看办理结果和文书。`,
        shortText: `您申请的${item}已办结，办件编号${facts.receiptNo}。`,
      };
    case 'delivered':
      return {
        kind: event.kind,
        title: '办理结果已送达',
        body: `${prefix}的办理结果已于${on}${DELIVERY_METHODS[event.method]}。`,
        shortText: `您申请的${item}的办理结果已${DELIVERY_METHODS[event.method]}。`,
      };
    case 'extension_decided': {
      if (!event.approved) return null;
      const requested = [...facts.state.extensions].reverse().find((x) => x.status === 'approved');
      return {
        kind: event.kind,
        title: '办理期限已延长',
        body: `${prefix}经批准延长办理期限 ${event.days} 个工作日。${requested?.reason ? `\n理由：${requested.reason}` : ''}`,
        shortText: `您申请的${item}办理期限经批准延长${event.days}个工作日。`,
      };
    }
    case 'special_procedure_started':
      return {
        kind: event.kind,
        title: `办件进入${SPECIAL_PROCEDURE_LABELS[event.procedure]}程序`,
        body: `${prefix}需要${SPECIAL_PROCEDURE_LABELS[event.procedure]}，所需时间不计入办理时限。\n原因：${event.reason}`,
        shortText: `您申请的${item}进入${SPECIAL_PROCEDURE_LABELS[event.procedure]}程序，所需时间不计入办理时限。`,
      };
    default:
      return null;
  }
}

/** The notice for the staff of the department queue a new task lands in. */
export function staffNotice(facts: CaseFacts, event: WorkflowEvent): StaffNoticeText | null {
  if (event.kind !== 'task_created') return null;
  const queue = ROLE_QUEUES[event.role];
  return {
    kind: event.kind,
    department: event.department,
    role: event.role,
    title: `新的${queue}任务`,
    body: `「${facts.itemName}」（办件编号 ${facts.receiptNo}）已进入本部门${queue}待办，请于${chineseDate(event.due)}前办理。`,
    shortText: `「${facts.itemName}」办件${facts.receiptNo}待${queue}，${chineseDate(event.due)}前办理。`,
  };
}

/** The notice for the window clerks when an application arrives online (walk-ins are filed by a clerk). */
export function windowNotice(facts: CaseFacts, event: WorkflowEvent): NoticeText | null {
  if (event.kind !== 'submitted' || event.channel !== 'online') return null;
  const step = event.preReview ? '网上预审' : '受理审查';
  return {
    kind: 'intake_waiting',
    title: `新的网上申请待${step}`,
    body: `「${facts.itemName}」（办件编号 ${facts.receiptNo}）已于${chineseDate(event.on)}在网上提交，请在一窗受理队列中${step}；5个工作日内未作决定的，依法视为受理。`,
    shortText: `「${facts.itemName}」网上申请${facts.receiptNo}待${step}。`,
  };
}

/** The notice for the colleague a department head moved a task to. */
export function reassignedNotice(facts: CaseFacts, event: WorkflowEvent): NoticeText | null {
  if (event.kind !== 'task_transferred') return null;
  const task = facts.state.tasks.find((t) => t.id === event.taskId);
  const queue = task ? ROLE_QUEUES[task.role] : '办理';
  return {
    kind: 'task_reassigned',
    title: `${queue}任务已转交给您`,
    body: `「${facts.itemName}」（办件编号 ${facts.receiptNo}）的${queue}任务已转交给您办理，请在待办中处理。`,
    shortText: `「${facts.itemName}」办件${facts.receiptNo}的${queue}任务已转交给您。`,
  };
}
