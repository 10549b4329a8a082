import type { SpecialProcedure } from '../../../../shared/catalogue.js';
import type { AllowedAction, Command, CommandKind } from '../../../api/workflow.js';

/** The actions this area offers, in the order of their buttons; others (intake, withdrawal) belong to other areas. */
export const DEPT_ACTIONS = [
  'claim',
  'approve',
  'reject',
  'return',
  'request_supplement',
  'start_special_procedure',
  'end_special_procedure',
  'request_extension',
  'decide_extension',
  'complete',
  'deliver',
] as const satisfies readonly CommandKind[];
export type DeptAction = (typeof DEPT_ACTIONS)[number];

export function isDeptAction(kind: CommandKind): kind is DeptAction {
  return (DEPT_ACTIONS as readonly CommandKind[]).includes(kind);
}

/** What the action forms collect; each action uses some of these. */
export interface ActionValues {
  opinion?: string;
  reason?: string;
  legalBasis?: string;
  /** One material per line. */
  items?: string;
  procedure?: SpecialProcedure;
  result?: string;
  days?: number;
  approved?: boolean;
  method?: 'window' | 'mail' | 'electronic';
}

/** The lines of a text area that say something. */
export const lines = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

const trim = (text: string | undefined) => (text ?? '').trim();

/** The engine command for an action and its form values (the form has checked what is required). */
export function commandFor(action: AllowedAction & { kind: DeptAction }, values: ActionValues): Command {
  const taskId = action.taskId ?? '';
  switch (action.kind) {
    case 'claim':
      return { kind: 'claim', taskId };
    case 'approve':
      return { kind: 'approve', taskId, opinion: trim(values.opinion) };
    case 'reject':
      return { kind: 'reject', taskId, reason: trim(values.reason), legalBasis: trim(values.legalBasis) };
    case 'return':
      return { kind: 'return', taskId, reason: trim(values.reason) };
    case 'request_supplement':
      return { kind: 'request_supplement', items: lines(values.items), ...(action.taskId && { taskId: action.taskId }) };
    case 'start_special_procedure':
      return { kind: 'start_special_procedure', taskId, procedure: values.procedure!, reason: trim(values.reason) };
    case 'end_special_procedure':
      return { kind: 'end_special_procedure', taskId, result: trim(values.result) };
    case 'request_extension':
      return { kind: 'request_extension', taskId, days: values.days!, reason: trim(values.reason) };
    case 'decide_extension':
      return { kind: 'decide_extension', approved: values.approved === true, ...(trim(values.reason) && { reason: trim(values.reason) }) };
    case 'complete':
      return { kind: 'complete' };
    case 'deliver':
      return { kind: 'deliver', method: values.method! };
  }
}
