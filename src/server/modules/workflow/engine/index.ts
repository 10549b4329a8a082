/**
 * Pure approval workflow engine (no I/O): process definitions as data, `decide` from a
 * command to events, `fold` from events to state, and the statutory clocks of a case and
 * its tasks. See DESIGN.md §2 "Parallel approval", "Statutory clock", §3 "Functional core".
 *
 * @example
 * const def = definitionFor(item);                       // seed definition by process kind
 * let state = fold(storedEvents);                        // replay
 * const result = decide(def, state, command, actor, now, calendar);
 * if (result.ok) state = fold(result.events, state);     // the service appends the events in one transaction
 * caseDue(state, calendar, now.on);                      // { due, paused, daysLeft, overdue, … }
 */
export {
  Branch,
  ITEM_DEPARTMENT,
  ParallelStage,
  ProcessDefinition,
  STAGE_ROLES,
  Stage,
  TaskStage,
  caseLimitDays,
  decisionStageIndex,
  maxExtensionDays,
  stageDays,
  validateDefinition,
} from './definition.js';
export type { DefinitionError, DefinitionValidation, StageRole } from './definition.js';
export { definitionFor, splitDays, standardDefinitions } from './standard-definitions.js';
export type { DefinitionSource } from './standard-definitions.js';
export { CHANNELS, EVENT_KINDS, WorkflowEvent, event } from './events.js';
export type { ActorKind, ActorRef, Channel, EventKind, EventMeta, EventOf, EventPayload } from './events.js';
export { CASE_STATUSES, apply, fold, initialState, isOpen } from './state.js';
export type { CaseState, CaseStatus, Extension, Pause, Supplement, Task, TaskStatus } from './state.js';
export { acceptanceDue, caseDue, daysLeft, supplementDue, SUPPLEMENT_DAYS, taskDue } from './clock.js';
export { COMMAND_KINDS } from './commands.js';
export type { Actor, Command, CommandKind, CommandOf, Now, RoleGrant } from './commands.js';
export { RULE_MESSAGES, ruleError } from './errors.js';
export type { Rule, RuleError } from './errors.js';
export { covers } from './policy.js';
export { decide } from './decide.js';
export type { Decision } from './decide.js';
