/**
 * Test fixtures for the engine: actors of the demo district, catalogue-like items, and a
 * small harness that runs commands and keeps the folded state. Not part of the public API.
 */
import assert from 'node:assert/strict';
import { createCalendar, type IsoDate } from '../../calendar/engine/index.js';
import type { Role } from '../../../../shared/identity.js';
import type { Actor, Command, Now } from './commands.js';
import type { ProcessDefinition } from './definition.js';
import { decide, type Decision } from './decide.js';
import type { Rule } from './errors.js';
import type { WorkflowEvent } from './events.js';
import { standardDefinitions, type DefinitionSource } from './standard-definitions.js';
import { fold, initialState, type CaseState } from './state.js';

export const REGION = '500102';
export const calendar = createCalendar();

/** 09:00 in Shanghai on `on` (01:00 UTC), or another hour from 8 to 23 (same UTC date). */
export function nowOn(on: IsoDate, hour = 9): Now {
  return { at: `${on}T${String(hour - 8).padStart(2, '0')}:00:00.000Z`, on };
}

export const staff = (id: string, ...grants: [Role, string][]): Actor => ({
  id,
  kind: 'staff',
  roles: grants.map(([role, scopeCode]) => ({ role, scopeType: scopeCode === REGION ? 'region' : 'department', scopeCode })),
});

export const applicant: Actor = { id: 'p1', kind: 'applicant', roles: [{ role: 'applicant', scopeType: 'self', scopeCode: 'p1' }] };
export const stranger: Actor = { id: 'p2', kind: 'applicant', roles: [] };
export const system: Actor = { id: 'system', kind: 'system', roles: [] };
export const clerk = staff('clerk', ['window_clerk', REGION]);
export const reviewer = (dept: string, id = `rev-${dept}`) => staff(id, ['reviewer', dept]);
export const approver = (dept: string, id = `app-${dept}`) => staff(id, ['approver', dept]);
export const head = (dept: string, id = `head-${dept}`) => staff(id, ['department_head', dept]);

const item = (code: string, processKind: DefinitionSource['processKind'], promisedDays: number, co: string[] = []): DefinitionSource => ({
  code,
  name: code,
  processKind,
  promisedDays,
  coDepartments: co.map((c) => ({ code: c, shortName: c })),
});

/** SCENARIO 1: 企业开办 — market supervision leads, public security, tax, HR in parallel, one day. */
export const companyOpening = standardDefinitions.joint(item('500102-scjgj-001', 'joint', 1, ['ga', 'sw', 'rs']));
/** SCENARIO 2: 施工图联合审查 — housing & construction leads, planning, fire, civil air defence, meteorology. */
export const constructionReview = standardDefinitions.joint(item('500102-cjw-001', 'joint', 15, ['gh', 'xf', 'rf', 'qx']));
/** SCENARIO 3: 食品经营许可 — review, site inspection, decision. */
export const foodLicence = standardDefinitions.inspection(item('500102-scjgj-020', 'inspection', 10));
/** SCENARIO 4: 个体工商户登记 — instant. */
export const soleTrader = standardDefinitions.instant(item('500102-scjgj-002', 'instant', 1));
export const standardItem = standardDefinitions.standard(item('500102-scjgj-010', 'standard', 5));

export const submitCommand = (dept: string, code = 'ITEM'): Command => ({
  kind: 'submit',
  applicantId: 'p1',
  itemCode: code,
  departmentCode: dept,
  regionCode: REGION,
  channel: 'online',
});

/** Runs commands against one case, keeping its events and folded state. */
export class CaseHarness {
  events: WorkflowEvent[] = [];
  state: CaseState = initialState;

  constructor(readonly def: ProcessDefinition) {}

  attempt(command: Command, actor: Actor, on: IsoDate, hour = 9): Decision {
    return decide(this.def, this.state, command, actor, nowOn(on, hour), calendar);
  }

  /** Runs a command that must succeed; returns its events. */
  run(command: Command, actor: Actor, on: IsoDate, hour = 9): WorkflowEvent[] {
    const result = this.attempt(command, actor, on, hour);
    if (!result.ok) assert.fail(`${command.kind} by ${actor.id} on ${on}: ${result.error.rule} ${result.error.message}`);
    this.events.push(...result.events);
    this.state = fold(result.events, this.state);
    return result.events;
  }

  /** Runs a command that must fail with `rule`; the state is unchanged. */
  refuse(command: Command, actor: Actor, on: IsoDate, rule: Rule): void {
    const result = this.attempt(command, actor, on);
    assert.equal(result.ok ? 'ok' : result.error.rule, rule, `${command.kind} by ${actor.id}`);
  }

  /** The open task of a stage (and branch). */
  task(stageKey: string, branchKey?: string) {
    const found = this.state.tasks.findLast((t) => t.stageKey === stageKey && (branchKey === undefined || t.branchKey === branchKey));
    assert.ok(found, `no task for ${stageKey}/${branchKey}`);
    return found;
  }

  /** Claims then approves a task. */
  work(stageKey: string, actor: Actor, on: IsoDate, branchKey?: string): WorkflowEvent[] {
    const id = this.task(stageKey, branchKey).id;
    this.run({ kind: 'claim', taskId: id }, actor, on);
    return this.run({ kind: 'approve', taskId: id, opinion: '同意' }, actor, on);
  }

  /** Submits as the applicant and accepts at the window. */
  intake(dept: string, on: IsoDate): void {
    this.run(submitCommand(dept), applicant, on);
    this.run({ kind: 'accept' }, clerk, on);
  }
}
