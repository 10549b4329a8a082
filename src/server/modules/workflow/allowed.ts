import type { Calendar } from '../calendar/engine/index.js';
import { decide, isOpen, type Actor, type CaseState, type Command, type Now, type ProcessDefinition } from './engine/index.js';

export interface AllowedAction {
  kind: Command['kind'];
  taskId?: string;
}

/** Placeholder payloads: the dry run asks "may this actor do this now?", not "is this text valid?". */
const CASE_COMMANDS: Command[] = [
  { kind: 'pass_prereview' },
  { kind: 'return_prereview', reason: '·' },
  { kind: 'accept' },
  { kind: 'refuse', reason: '·', legalBasis: '·' },
  { kind: 'request_supplement', items: ['·'] },
  { kind: 'receive_supplement' },
  { kind: 'decide_extension', approved: true },
  { kind: 'complete' },
  { kind: 'deliver', method: 'window' },
  { kind: 'withdraw', reason: '·' },
];

const taskCommands = (taskId: string): Command[] => [
  { kind: 'claim', taskId },
  { kind: 'approve', taskId, opinion: '·' },
  { kind: 'reject', taskId, reason: '·', legalBasis: '·' },
  { kind: 'return', taskId, reason: '·' },
  { kind: 'request_supplement', taskId, items: ['·'] },
  { kind: 'start_special_procedure', taskId, procedure: 'site_inspection', reason: '·' },
  { kind: 'end_special_procedure', taskId, result: '·' },
  { kind: 'request_extension', taskId, days: 1, reason: '·' },
];

/**
 * Every command the actor could run on the case right now, found by asking the engine
 * (a dry run that writes nothing), so the web shows exactly the buttons that would work.
 */
export function allowedActions(definition: ProcessDefinition, state: CaseState, actor: Actor, now: Now, calendar: Calendar): AllowedAction[] {
  // A second intake request may only repeat the first list: probe with that list.
  const firstList = state.supplements.find((s) => s.phase === 'intake')?.items;
  const caseCommands = firstList ? CASE_COMMANDS.map((c) => (c.kind === 'request_supplement' ? { ...c, items: [...firstList] } : c)) : CASE_COMMANDS;
  const candidates = [...caseCommands, ...state.tasks.filter(isOpen).flatMap((task) => taskCommands(task.id))];
  return candidates
    .filter((command) => decide(definition, state, command, actor, now, calendar).ok)
    .map((command) => ('taskId' in command && command.taskId ? { kind: command.kind, taskId: command.taskId } : { kind: command.kind }));
}
