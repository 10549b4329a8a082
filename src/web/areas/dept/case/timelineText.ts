import type { TFunction } from 'i18next';
import { SPECIAL_PROCEDURE_LABELS } from '../../../../shared/catalogue.js';
import type { WorkflowEvent } from '../../../api/workflow.js';

export interface TimelineText {
  /** One sentence: what happened. */
  text: string;
  /** Further lines: legal basis, notes. */
  details: string[];
}

interface Names {
  task(id: string): string;
  department(code: string): string;
  /** A person's name from their username (never the login name itself). */
  person(username: string): string;
  /** Whether the task decides the case (准予许可 / 不予许可) rather than reviews it (审查通过). */
  decides(taskId: string): boolean;
}

/** Each event kind as a sentence in the interface language (提交申请, 受理, 认领, 审查通过 …). */
export function timelineText(event: WorkflowEvent, t: TFunction, names: Names): TimelineText {
  const say = (text: string, ...details: (string | false | undefined | null)[]): TimelineText => ({
    text,
    details: details.filter((d): d is string => typeof d === 'string' && d.length > 0),
  });
  const basis = (legalBasis: string | undefined | null) => (legalBasis ? t('workflow.timeline.legalBasis', { basis: legalBasis }) : null);
  switch (event.kind) {
    case 'submitted':
      return say(t('workflow.timeline.submitted', { channel: t(`workflow.channel.${event.channel}`) }));
    case 'prereview_passed':
      return say(t('workflow.timeline.prereview_passed', { opinion: event.opinion }));
    case 'prereview_returned':
      return say(t('workflow.timeline.prereview_returned', { reason: event.reason }));
    case 'accepted':
      return say(t('workflow.timeline.accepted', { days: event.days, due: event.due }));
    case 'deemed_accepted':
      return say(t('workflow.timeline.deemed_accepted', { days: event.days, due: event.due }));
    case 'refused':
      return say(t('workflow.timeline.refused', { reason: event.reason }), basis(event.legalBasis));
    case 'supplement_requested':
      return say(t('workflow.timeline.supplement_requested', { items: event.items.join(t('common.listSeparator')) }));
    case 'supplement_received':
      return say(t('workflow.timeline.supplement_received'), event.note && t('workflow.timeline.note', { note: event.note }));
    case 'task_created':
      return say(t('workflow.timeline.task_created', { task: names.task(event.taskId), department: names.department(event.department), due: event.due }));
    case 'task_claimed':
      return say(t('workflow.timeline.task_claimed', { task: names.task(event.taskId) }));
    case 'task_transferred':
      return say(t('workflow.timeline.task_transferred', { task: names.task(event.taskId), to: names.person(event.toId) }));
    case 'task_completed': {
      const kind = names.decides(event.taskId) ? 'decision' : 'review';
      return event.outcome === 'approved'
        ? say(t(`staff.timeline.task_approved_${kind}`, { task: names.task(event.taskId), opinion: event.opinion }))
        : say(t(`staff.timeline.task_rejected_${kind}`, { task: names.task(event.taskId), reason: event.reason ?? '' }), basis(event.legalBasis));
    }
    case 'task_returned':
      return say(t('workflow.timeline.task_returned', { task: names.task(event.taskId), reason: event.reason }));
    case 'task_cancelled':
      return say(t('workflow.timeline.task_cancelled', { task: names.task(event.taskId), reason: event.reason }));
    case 'special_procedure_started':
      return say(t('workflow.timeline.special_procedure_started', { procedure: SPECIAL_PROCEDURE_LABELS[event.procedure], reason: event.reason }));
    case 'special_procedure_ended':
      return say(t('workflow.timeline.special_procedure_ended', { procedure: SPECIAL_PROCEDURE_LABELS[event.procedure], result: event.result }));
    case 'extension_requested':
      return say(t('workflow.timeline.extension_requested', { days: event.days, reason: event.reason }));
    case 'extension_decided':
      return event.approved
        ? say(t('workflow.timeline.extension_approved', { days: event.days }))
        : say(t('workflow.timeline.extension_denied', { reason: event.reason ?? '' }));
    case 'decided':
      return event.decision === 'approved'
        ? say(t('workflow.timeline.decided_approved'))
        : say(t('workflow.timeline.decided_rejected', { reason: event.reason ?? '' }), basis(event.legalBasis));
    case 'completed':
      return say(t('workflow.timeline.completed'));
    case 'delivered':
      return say(t('workflow.timeline.delivered', { method: t(`workflow.delivery.${event.method}`) }));
    case 'withdrawn':
      return say(event.reason ? t('workflow.timeline.withdrawnBecause', { reason: event.reason }) : t('workflow.timeline.withdrawn'));
    default:
      // An event kind newer than this page: say its name rather than nothing.
      return say(t('workflow.timeline.unknown', { kind: (event as { kind: string }).kind }));
  }
}
