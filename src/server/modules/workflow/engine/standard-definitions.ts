/**
 * Seed process definitions for the catalogue's four process kinds. The item's promised limit
 * becomes the case limit and is split across stages so the stage limits add up to it.
 */
import type { ProcessKind } from '../../../../shared/catalogue.js';
import { ITEM_DEPARTMENT, type ProcessDefinition, type Stage } from './definition.js';

/** The fields of a catalogue `ItemDetail` a definition is built from. */
export interface DefinitionSource {
  readonly code: string;
  readonly name?: string;
  readonly processKind: ProcessKind;
  readonly promisedDays: number;
  readonly coDepartments: readonly { readonly code: string; readonly shortName?: string }[];
  /** Items handled as `prereview_only` get a pre-review step before acceptance. */
  readonly handlingDepth?: string;
}

/**
 * Splits `total` working days by `weights`, largest remainder first, so the parts always add
 * up to `total` (a 1-day item cannot give every stage a day).
 * @example splitDays(10, [2, 1]) // [7, 3]
 * @example splitDays(1, [3, 1])  // [1, 0]
 */
export function splitDays(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || b.i - a.i);
  for (const { i } of order) {
    if (left-- <= 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
  }
  return parts;
}

function base(item: DefinitionSource, suffix: string, label: string, stages: Stage[]): ProcessDefinition {
  return {
    key: `${item.code}.${suffix}`,
    version: 1,
    name: `${item.name ?? item.code}（${label}）`,
    preReview: item.handlingDepth === 'prereview_only',
    days: item.promisedDays,
    stages,
  };
}

const decide = (days: number): Stage => ({
  kind: 'task',
  key: 'decide',
  name: '决定',
  role: 'approver',
  department: ITEM_DEPARTMENT,
  days,
  decision: true,
});

const review = (days: number): Stage => ({ kind: 'task', key: 'review', name: '审查', role: 'reviewer', department: ITEM_DEPARTMENT, days });

/**
 * Builders for the four kinds. Acceptance (受理) is the window's intake command and
 * 办结/送达 are case commands, so the stages are only the department's work.
 *
 * @example
 * standardDefinitions.standard({ code: 'X-001', processKind: 'standard', promisedDays: 10, coDepartments: [] }).stages
 * // [{ key: 'review', days: 7, … }, { key: 'decide', days: 3, decision: true, … }]
 */
export const standardDefinitions = {
  /** 即办件: the approver decides at once; a single stage holding the whole promised limit. */
  instant(item: DefinitionSource): ProcessDefinition {
    return base(item, 'instant', '即办件', [decide(item.promisedDays)]);
  },

  /** 受理 → 审查 → 决定 → 办结/送达, review taking about two thirds of the limit. */
  standard(item: DefinitionSource): ProcessDefinition {
    const [reviewDays = 0, decideDays = 0] = splitDays(item.promisedDays, [2, 1]);
    return base(item, 'standard', '承诺件', [review(reviewDays), decide(decideDays)]);
  },

  /** 受理 → 审查 → 现场勘查 (its special procedure stops the clock) → 决定. */
  inspection(item: DefinitionSource): ProcessDefinition {
    const [reviewDays = 0, inspectDays = 0, decideDays = 0] = splitDays(item.promisedDays, [2, 1, 1]);
    const inspect: Stage = { kind: 'task', key: 'inspect', name: '现场勘查', role: 'reviewer', department: ITEM_DEPARTMENT, days: inspectDays };
    return base(item, 'inspection', '现场勘查件', [review(reviewDays), inspect, decide(decideDays)]);
  },

  /**
   * 并联审批: the lead department and every co-department review at the same time, then the
   * lead department's approver issues one decision (统一出件). A rejecting branch ends the case.
   */
  joint(item: DefinitionSource, coDepartments: readonly string[] = item.coDepartments.map((d) => d.code)): ProcessDefinition {
    const [branchDays = 0, decideDays = 0] = splitDays(item.promisedDays, [3, 1]);
    const names = new Map(item.coDepartments.map((d) => [d.code, d.shortName ?? d.code]));
    const branches = [ITEM_DEPARTMENT, ...coDepartments].map((department) => ({
      key: department === ITEM_DEPARTMENT ? 'lead' : department,
      name: department === ITEM_DEPARTMENT ? '牵头部门审查' : `${names.get(department) ?? department}审查`,
      role: 'reviewer' as const,
      department,
      days: branchDays,
    }));
    const parallel: Stage = { kind: 'parallel', key: 'joint_review', name: '并联审查', branches, rejectEndsCase: true };
    return base(item, 'joint', '并联件', [parallel, decide(decideDays)]);
  },
};

/**
 * The seed definition for a catalogue item, by its process kind.
 * @example definitionFor(itemDetail).key // '500102-scjgj-001.joint'
 */
export function definitionFor(item: DefinitionSource): ProcessDefinition {
  switch (item.processKind) {
    case 'instant':
      return standardDefinitions.instant(item);
    case 'standard':
      return standardDefinitions.standard(item);
    case 'inspection':
      return standardDefinitions.inspection(item);
    case 'joint':
      return standardDefinitions.joint(item);
  }
}
