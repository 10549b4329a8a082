/**
 * Process definitions as data (减环节: an administrator edits stages, not code). The TypeBox
 * schema is the published JSON Schema; `validateDefinition` adds the rules a schema cannot say.
 */
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { STATUTORY_DAYS } from '../../calendar/engine/index.js';

/** Roles that can hold a workflow task (the window clerk works intake, not stages). */
export const STAGE_ROLES = ['reviewer', 'approver', 'department_head'] as const;
export type StageRole = (typeof STAGE_ROLES)[number];

/** `item` means the item's own (lead) department, resolved when the case is submitted. */
export const ITEM_DEPARTMENT = 'item';

const Key = Type.String({ pattern: '^[a-z][a-z0-9_]{0,39}$', description: '环节/分支代码' });
const Name = Type.String({ minLength: 1, maxLength: 100, description: '名称' });
const Role = Type.Enum(STAGE_ROLES, { description: '办理角色' });
const DepartmentRef = Type.String({
  pattern: '^(item|[a-z][a-z0-9]{1,15})$',
  description: "办理部门：'item' 为事项所属部门，或部门代码",
});
const Days = Type.Integer({ minimum: 0, maximum: 365, description: '环节时限（工作日）' });

export const TaskStage = Type.Object(
  {
    kind: Type.Literal('task'),
    key: Key,
    name: Name,
    role: Role,
    department: DepartmentRef,
    days: Days,
    decision: Type.Optional(Type.Boolean({ description: '本环节作出审批决定' })),
  },
  { additionalProperties: false, title: '办理环节' },
);
export type TaskStage = Static<typeof TaskStage>;

export const Branch = Type.Object(
  { key: Key, name: Name, role: Role, department: DepartmentRef, days: Days },
  { additionalProperties: false, title: '并联分支' },
);
export type Branch = Static<typeof Branch>;

export const ParallelStage = Type.Object(
  {
    kind: Type.Literal('parallel'),
    key: Key,
    name: Name,
    branches: Type.Array(Branch, { minItems: 2, maxItems: 20 }),
    rejectEndsCase: Type.Boolean({ description: '任一分支不予许可即结束办件' }),
  },
  { additionalProperties: false, title: '并联环节' },
);
export type ParallelStage = Static<typeof ParallelStage>;

export const Stage = Type.Union([TaskStage, ParallelStage]);
export type Stage = Static<typeof Stage>;

export const ProcessDefinition = Type.Object(
  {
    key: Type.String({ pattern: '^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$', description: '流程代码' }),
    version: Type.Integer({ minimum: 1, description: '版本；运行中的办件沿用启动时的版本' }),
    name: Name,
    preReview: Type.Boolean({ description: '受理前网上预审' }),
    days: Type.Optional(Type.Integer({ minimum: 0, maximum: 365, description: '办件时限（工作日）；缺省为各环节时限之和' })),
    extensionDays: Type.Optional(
      Type.Integer({ minimum: 0, maximum: 365, description: '可延长的工作日上限；缺省：单独办理10日，并联办理15日' }),
    ),
    stages: Type.Array(Stage, { minItems: 1, maxItems: 30 }),
  },
  { additionalProperties: false, title: '审批流程定义' },
);
export type ProcessDefinition = Static<typeof ProcessDefinition>;

export interface DefinitionError {
  /** JSON Pointer of the offending value, e.g. `/stages/1/branches/0/key`. */
  readonly path: string;
  readonly message: string;
}
export type DefinitionValidation = { ok: true } | { ok: false; errors: DefinitionError[] };

function schemaErrors(def: unknown): DefinitionError[] {
  if (Value.Check(ProcessDefinition, def)) return [];
  const stages = (def as { stages?: unknown })?.stages;
  // A union reports every member's errors; re-check each stage against its own kind for readable output.
  const perStage = Array.isArray(stages)
    ? stages.flatMap((stage: unknown, i) => {
        const kind = (stage as { kind?: unknown })?.kind;
        const schema = kind === 'task' ? TaskStage : kind === 'parallel' ? ParallelStage : null;
        if (schema === null) return [{ path: `/stages/${i}/kind`, message: "must be 'task' or 'parallel'" }];
        return Value.Errors(schema, stage).map((e) => ({ path: `/stages/${i}${e.instancePath}`, message: e.message }));
      })
    : [];
  const rest = Value.Errors(ProcessDefinition, def)
    .filter((e) => !/^\/stages\/\d+/.test(e.instancePath))
    .map((e) => ({ path: e.instancePath, message: e.message }));
  return [...rest, ...perStage];
}

function semanticErrors(def: ProcessDefinition): DefinitionError[] {
  const errors: DefinitionError[] = [];
  const stageKeys = new Set<string>();
  def.stages.forEach((stage, i) => {
    if (stageKeys.has(stage.key)) errors.push({ path: `/stages/${i}/key`, message: `duplicate stage key '${stage.key}'` });
    stageKeys.add(stage.key);
    if (stage.kind !== 'parallel') return;
    const branchKeys = new Set<string>();
    stage.branches.forEach((branch, j) => {
      if (branchKeys.has(branch.key)) errors.push({ path: `/stages/${i}/branches/${j}/key`, message: `duplicate branch key '${branch.key}'` });
      branchKeys.add(branch.key);
    });
  });
  const deciding = def.stages.flatMap((stage, i) => (stage.kind === 'task' && stage.decision === true ? [i] : []));
  if (deciding.length > 1) {
    for (const i of deciding.slice(1)) errors.push({ path: `/stages/${i}/decision`, message: 'only one stage may make the decision' });
  }
  return errors;
}

/**
 * Checks a definition against the JSON Schema and the rules a schema cannot express:
 * unique stage keys and branch keys, and at most one `decision: true` stage (none means
 * the last stage decides). The schema already requires ≥ 1 stage, ≥ 2 branches, days ≥ 0.
 *
 * @example
 * validateDefinition(standardDefinitions.standard(item)); // { ok: true }
 * validateDefinition({ ...def, stages: [] });
 * // { ok: false, errors: [{ path: '/stages', message: 'must not have fewer than 1 items' }] }
 */
export function validateDefinition(def: unknown): DefinitionValidation {
  const errors = schemaErrors(def);
  if (errors.length > 0) return { ok: false, errors };
  const semantic = semanticErrors(def as ProcessDefinition);
  return semantic.length > 0 ? { ok: false, errors: semantic } : { ok: true };
}

/**
 * Index of the stage whose completion is the approval decision: the `decision: true` stage,
 * otherwise the last one. Stages after it run after the decision (e.g. 制证).
 * @example decisionStageIndex(standardDefinitions.standard(item)) // 1
 */
export function decisionStageIndex(def: ProcessDefinition): number {
  const flagged = def.stages.findIndex((stage) => stage.kind === 'task' && stage.decision === true);
  return flagged >= 0 ? flagged : def.stages.length - 1;
}

/**
 * Working days a stage takes: its own limit, or the longest branch of a parallel stage
 * (branches run at the same time).
 * @example stageDays({ kind: 'parallel', branches: [{ days: 3 }, { days: 5 }], … }) // 5
 */
export function stageDays(stage: Stage): number {
  return stage.kind === 'task' ? stage.days : Math.max(...stage.branches.map((branch) => branch.days));
}

/**
 * The whole case's limit in working days: `days` when given, else the sum of the stages.
 * @example caseLimitDays({ ...def, days: 15 }) // 15
 */
export function caseLimitDays(def: ProcessDefinition): number {
  return def.days ?? def.stages.reduce((sum, stage) => sum + stageDays(stage), 0);
}

/**
 * Most working days approved extensions may add (行政许可法 art. 42): `extensionDays`
 * when given, else 15 for joint handling (any parallel stage) and 10 otherwise.
 * @example maxExtensionDays(standardDefinitions.joint(item, ['ga', 'sw'])) // 15
 */
export function maxExtensionDays(def: ProcessDefinition): number {
  if (def.extensionDays !== undefined) return def.extensionDays;
  const joint = def.stages.some((stage) => stage.kind === 'parallel');
  return joint ? STATUTORY_DAYS.jointExtension : STATUTORY_DAYS.decisionExtension;
}
