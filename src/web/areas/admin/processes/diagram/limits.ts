/**
 * The engine's limit rules (engine/definition.ts), restated for drafts that may be half typed:
 * a missing number counts as 0 instead of failing. Kept in step with caseLimitDays,
 * maxExtensionDays and decisionStageIndex.
 */
import type { ProcessDefinition, Stage } from '../../../../api/adminWorkflow.js';

const JOINT_EXTENSION_DAYS = 15;
const EXTENSION_DAYS = 10;

/** Raw JSON may put anything in a list; only objects are drawn. */
export const isRecord = <T,>(value: T): value is T & object => typeof value === 'object' && value !== null;

const daysOf = (value: unknown): number => (typeof value === 'number' && Number.isFinite(value) ? value : 0);

function stageDays(stage: Stage): number {
  if (stage.kind === 'task') return daysOf(stage.days);
  const branches = (Array.isArray(stage.branches) ? stage.branches : []).filter(isRecord);
  return Math.max(0, ...branches.map((branch) => daysOf(branch.days)));
}

/** Index of the deciding stage: the one flagged `decision`, else the last. */
export function decisionIndexOf(stages: readonly Stage[]): number {
  const flagged = stages.findIndex((stage) => isRecord(stage) && stage.kind === 'task' && stage.decision === true);
  return flagged >= 0 ? flagged : stages.length - 1;
}

/** The case's limit: `days` when given, else the sum of the stages. */
export function caseLimitOf(definition: ProcessDefinition): { days: number; given: boolean } {
  if (typeof definition.days === 'number') return { days: definition.days, given: true };
  const stages = Array.isArray(definition.stages) ? definition.stages : [];
  return { days: stages.filter(isRecord).reduce((sum, stage) => sum + stageDays(stage), 0), given: false };
}

export function extensionLimitOf(definition: ProcessDefinition): number {
  if (typeof definition.extensionDays === 'number') return definition.extensionDays;
  const joint = Array.isArray(definition.stages) && definition.stages.some((stage) => stage.kind === 'parallel');
  return joint ? JOINT_EXTENSION_DAYS : EXTENSION_DAYS;
}
