/**
 * Rule errors as values (Kysely's Migrator style): the caller must handle them, and the
 * stable `rule` code is what the HTTP layer maps to a problem type and the UI to a message.
 */

export const RULE_MESSAGES = {
  invalid_now: '操作时间无效：日期与时刻不一致',
  time_went_backwards: '操作时间早于办件的上一条记录',
  invalid_definition: '流程定义无效',
  definition_mismatch: '流程定义与办件启动时的版本不一致',
  wrong_status: '办件当前状态不允许此操作',
  applicant_only: '只有申请人可以办理此操作',
  not_owner: '只有本办件的申请人可以办理此操作',
  staff_only: '只有工作人员可以办理此操作',
  system_only: '此操作只能由系统执行',
  role_required: '缺少办理此操作所需的角色',
  department_scope: '不在本部门的办理范围内',
  reason_required: '必须填写理由',
  legal_basis_required: '必须填写法律依据',
  opinion_required: '必须填写办理意见',
  result_required: '必须记录特别程序的结果',
  invalid_procedure: '不是法定的特别程序（听证、检验检测、专家评审、现场勘查、公示）',
  items_required: '必须一次性列明全部需要补正的材料',
  supplement_already_requested: '已经一次性告知过补正内容，不能再次要求补正',
  supplement_repeat_only: '已经一次性告知过补正内容：再次补正只能退回首次告知清单上仍不符合要求的内容，不能增加新的内容',
  supplement_pending: '尚有补正未收到',
  no_open_supplement: '没有待收取的补正',
  acceptance_period_over: '已超过5个工作日受理审查期限，依法视为受理',
  not_yet_due: '尚未超过5个工作日受理审查期限',
  task_required: '受理后的补正必须由办理中的任务提出',
  task_not_found: '任务不存在或不属于当前环节',
  task_closed: '任务已结束',
  task_not_claimed: '请先从部门待办中领取该任务',
  already_claimed: '任务已被领取',
  not_assignee: '只有任务承办人可以办理',
  task_paused: '任务处于补正或特别程序中，暂停计时',
  reject_not_allowed: '本环节不作审批决定，不能不予许可；请提出意见后转下一环节或退回',
  return_not_allowed: '本环节不能退回',
  invalid_return_target: '只能退回到之前的环节',
  transfer_target_ineligible: '接收人不具备办理该任务的角色或部门范围',
  special_procedure_open: '该任务已有进行中的特别程序',
  no_special_procedure: '该任务没有进行中的特别程序',
  invalid_days: '天数必须是正整数',
  extension_pending: '已有待审批的延期申请',
  extension_limit: '延期天数超过法定上限',
  no_pending_extension: '没有待审批的延期申请',
  tasks_open: '尚有未办结的任务',
} as const;

export type Rule = keyof typeof RULE_MESSAGES;

export interface RuleError {
  readonly rule: Rule;
  /** Chinese, for people; `rule` is for programs. */
  readonly message: string;
}

/**
 * A rule error, the message optionally followed by a detail.
 * @example ruleError('reason_required') // { rule: 'reason_required', message: '必须填写理由' }
 */
export function ruleError(rule: Rule, detail?: string): RuleError {
  return { rule, message: detail === undefined ? RULE_MESSAGES[rule] : `${RULE_MESSAGES[rule]}：${detail}` };
}

/** True for a non-empty string once trimmed (a reason of spaces is no reason). */
export function filled(value: string | undefined | null): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}
