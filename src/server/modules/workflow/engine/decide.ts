/**
 * The functional core: `decide(definition, state, command, actor, now, calendar)` returns the
 * events a command causes, or the rule it breaks. No I/O, no clock, no randomness: the same
 * inputs always give the same answer, so the service can retry or replay freely.
 */
import { isIsoDate, shanghaiDate, isBefore, type Calendar } from '../../calendar/engine/index.js';
import * as caseCommands from './case-commands.js';
import type { Actor, Command, Now } from './commands.js';
import type { ProcessDefinition } from './definition.js';
import { ruleError, type RuleError } from './errors.js';
import { fail, type Context, type Decision } from './stages.js';
import type { CaseState } from './state.js';
import * as taskCommands from './task-commands.js';

export type { Decision } from './stages.js';

function checkNow(state: CaseState, now: Now): RuleError | null {
  let on: string;
  try {
    on = shanghaiDate(new Date(now.at));
  } catch {
    return ruleError('invalid_now', now.at);
  }
  if (!isIsoDate(now.on) || on !== now.on) return ruleError('invalid_now', `${now.at} ≠ ${now.on}`);
  // A stop of the clock must never end before it starts.
  if (state.lastOn !== null && isBefore(now.on, state.lastOn)) return ruleError('time_went_backwards', `${now.on} < ${state.lastOn}`);
  return null;
}

function dispatch(ctx: Context, cmd: Command): Decision {
  switch (cmd.kind) {
    case 'submit':
      return caseCommands.submit(ctx, cmd);
    case 'pass_prereview':
      return caseCommands.passPrereview(ctx, cmd);
    case 'return_prereview':
      return caseCommands.returnPrereview(ctx, cmd);
    case 'accept':
      return caseCommands.accept(ctx);
    case 'refuse':
      return caseCommands.refuse(ctx, cmd);
    case 'request_supplement':
      return cmd.taskId === undefined
        ? caseCommands.requestIntakeSupplement(ctx, cmd)
        : taskCommands.requestTaskSupplement(ctx, { ...cmd, taskId: cmd.taskId });
    case 'receive_supplement':
      return caseCommands.receiveSupplement(ctx, cmd);
    case 'deem_accepted':
      return caseCommands.deemAccepted(ctx);
    case 'withdraw':
      return caseCommands.withdraw(ctx, cmd);
    case 'complete':
      return caseCommands.complete(ctx);
    case 'deliver':
      return caseCommands.deliver(ctx, cmd);
    case 'claim':
      return taskCommands.claim(ctx, cmd);
    case 'transfer':
      return taskCommands.transfer(ctx, cmd);
    case 'approve':
      return taskCommands.approve(ctx, cmd);
    case 'reject':
      return taskCommands.reject(ctx, cmd);
    case 'return':
      return taskCommands.returnTask(ctx, cmd);
    case 'start_special_procedure':
      return taskCommands.startSpecialProcedure(ctx, cmd);
    case 'end_special_procedure':
      return taskCommands.endSpecialProcedure(ctx, cmd);
    case 'request_extension':
      return taskCommands.requestExtension(ctx, cmd);
    case 'decide_extension':
      return taskCommands.decideExtension(ctx, cmd);
  }
}

/**
 * Decides what a command does to a case. A running case must be given the definition version
 * it started with (`state.definition`); a new case takes the one passed to `submit`.
 *
 * @example
 * const now = { at: '2025-09-25T01:30:00Z', on: '2025-09-25' };
 * const result = decide(def, state, { kind: 'accept' }, clerk, now, calendar);
 * if (result.ok) state = fold(result.events, state);    // accepted + the first stage's task_created
 * else reply(409, result.error.rule, result.error.message); // e.g. 'wrong_status'
 */
export function decide(definition: ProcessDefinition, state: CaseState, command: Command, actor: Actor, now: Now, calendar: Calendar): Decision {
  const badNow = checkNow(state, now);
  if (badNow) return fail(badNow);
  const started = state.definition;
  if (command.kind !== 'submit' && started !== null && (started.key !== definition.key || started.version !== definition.version)) {
    return fail(ruleError('definition_mismatch', `${started.key}@${started.version}`));
  }
  const ctx: Context = { def: definition, state, actor, now, calendar, meta: { at: now.at, on: now.on, actor: { id: actor.id, kind: actor.kind } } };
  return dispatch(ctx, command);
}
