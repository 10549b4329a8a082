/**
 * Random command sequences, with mostly entitled actors so that many commands succeed.
 * Properties hold for every state reached through accepted commands.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addDays, compareDates } from '../../calendar/engine/index.js';
import { caseDue, taskDue } from './clock.js';
import { COMMAND_KINDS, type Actor, type Command, type CommandKind } from './commands.js';
import type { ProcessDefinition } from './definition.js';
import type { WorkflowEvent } from './events.js';
import { fold, initialState, isOpen, type CaseState, type Task } from './state.js';
import { decide } from './decide.js';
import {
  applicant, approver, calendar, clerk, companyOpening, constructionReview, foodLicence, head, nowOn, reviewer, soleTrader, standardItem, stranger, submitCommand, system,
} from './testing.js';

const DEFINITIONS: Record<string, { def: ProcessDefinition; dept: string }> = {
  standard: { def: standardItem, dept: 'scjgj' },
  inspection: { def: foodLicence, dept: 'scjgj' },
  instant: { def: soleTrader, dept: 'scjgj' },
  company: { def: companyOpening, dept: 'scjgj' },
  construction: { def: { ...constructionReview, preReview: true }, dept: 'cjw' },
  lenient: { def: { ...constructionReview, stages: constructionReview.stages.map((s) => (s.kind === 'parallel' ? { ...s, rejectEndsCase: false } : s)) }, dept: 'cjw' },
};

interface Intent {
  kind: CommandKind;
  pick: number;
  entitled: boolean;
  actorPick: number;
  wait: number;
  flag: boolean;
  days: number;
}

/** Claims and approvals are what move a case forward, so they come up more often. */
const WEIGHTED_KINDS: CommandKind[] = [...COMMAND_KINDS, ...Array<CommandKind>(6).fill('claim'), ...Array<CommandKind>(8).fill('approve'), 'accept', 'accept', 'complete'];

const intentArb: fc.Arbitrary<Intent> = fc.record({
  kind: fc.constantFrom(...WEIGHTED_KINDS),
  pick: fc.nat(20),
  entitled: fc.integer({ min: 0, max: 9 }).map((n) => n < 8),
  actorPick: fc.nat(20),
  wait: fc.constantFrom(0, 0, 0, 1, 2, 5),
  flag: fc.boolean(),
  days: fc.integer({ min: 0, max: 12 }),
});

const POOL: Actor[] = [applicant, stranger, clerk, system, reviewer('scjgj'), reviewer('xf'), approver('scjgj'), approver('cjw'), head('scjgj'), head('gh')];

/** Someone who may hold `task`: its assignee, or a staff member with its role and department. */
function holder(task: Task): Actor {
  if (task.assigneeId !== null) return { id: task.assigneeId, kind: 'staff', roles: [{ role: task.role, scopeType: 'department', scopeCode: task.department }] };
  return { id: `${task.role}-${task.department}`, kind: 'staff', roles: [{ role: task.role, scopeType: 'department', scopeCode: task.department }] };
}

function build(intent: Intent, state: CaseState, dept: string): { command: Command; actor: Actor } {
  const open = state.tasks.filter(isOpen);
  // Work commands prefer a claimed task, so sequences get past the claim step.
  const claimed = open.filter((t) => t.status === 'claimed');
  const candidates = intent.kind !== 'claim' && claimed.length > 0 ? claimed : open;
  const task = candidates[intent.pick % Math.max(candidates.length, 1)] ?? state.tasks[intent.pick % Math.max(state.tasks.length, 1)];
  const taskId = task?.id ?? 't1.none';
  const taskActor = task ? holder(task) : reviewer(dept);
  const pending = state.extensions.find((x) => x.status === 'pending');
  const pendingTask = state.tasks.find((t) => t.id === pending?.taskId);
  const pairs: Record<CommandKind, [Command, Actor]> = {
    submit: [submitCommand(dept), applicant],
    pass_prereview: [{ kind: 'pass_prereview' }, clerk],
    return_prereview: [{ kind: 'return_prereview', reason: '不清晰' }, clerk],
    accept: [{ kind: 'accept' }, clerk],
    refuse: [{ kind: 'refuse', reason: intent.flag ? '不属于受理范围' : '' }, clerk],
    request_supplement: intent.flag
      ? [{ kind: 'request_supplement', items: ['材料'], taskId, ...(open.length > 1 && { alsoPauses: [open[(intent.pick + 1) % open.length]!.id] }) }, taskActor]
      : [{ kind: 'request_supplement', items: ['材料'] }, clerk],
    receive_supplement: [{ kind: 'receive_supplement' }, applicant],
    claim: [{ kind: 'claim', taskId }, taskActor],
    approve: [{ kind: 'approve', taskId, opinion: '同意' }, taskActor],
    reject: [{ kind: 'reject', taskId, reason: '不符合', legalBasis: intent.flag ? '某法第1条' : '' }, taskActor],
    return: [{ kind: 'return', taskId, reason: '重审', ...(intent.flag && { toStageKey: 'review' }) }, taskActor],
    transfer: [{ kind: 'transfer', taskId, to: task ? { id: `${taskActor.id}-2`, roles: taskActor.roles } : clerk }, task ? head(task.department) : clerk],
    start_special_procedure: [{ kind: 'start_special_procedure', taskId, procedure: intent.flag ? 'site_inspection' : 'expert_review', reason: '需要' }, taskActor],
    end_special_procedure: [{ kind: 'end_special_procedure', taskId, result: '完成' }, taskActor],
    request_extension: [{ kind: 'request_extension', taskId, days: intent.days, reason: '复杂' }, taskActor],
    decide_extension: [{ kind: 'decide_extension', approved: intent.flag, reason: '审批' }, pendingTask ? head(pendingTask.department) : head(dept)],
    complete: [{ kind: 'complete' }, approver(dept)],
    deliver: [{ kind: 'deliver', method: 'electronic' }, system],
    withdraw: [{ kind: 'withdraw' }, applicant],
    deem_accepted: [{ kind: 'deem_accepted' }, system],
  };
  const [command, actor] = pairs[intent.kind];
  return { command, actor: intent.entitled ? actor : POOL[intent.actorPick % POOL.length]! };
}

interface Run {
  events: WorkflowEvent[];
  states: CaseState[];
}

function simulate(name: string, intents: Intent[]): Run {
  const { def, dept } = DEFINITIONS[name]!;
  let state = initialState;
  let day = '2025-09-01';
  const events: WorkflowEvent[] = [];
  const states: CaseState[] = [state];
  // Start most runs submitted so intake and task commands get exercised.
  for (const intent of [{ kind: 'submit', entitled: true } as Intent, ...intents]) {
    day = addDays(day, intent.wait ?? 0);
    const { command, actor } = build(intent, state, dept);
    const result = decide(def, state, command, actor, nowOn(day, 10), calendar);
    if (!result.ok) continue;
    events.push(...result.events);
    state = fold(result.events, state);
    states.push(state);
  }
  return { events, states };
}

const runArb = fc.tuple(fc.constantFrom(...Object.keys(DEFINITIONS)), fc.array(intentArb, { minLength: 20, maxLength: 80 }));
const runs = { numRuns: 300 };

test('fold is deterministic, and decide too: replays give the same events and state', () => {
  fc.assert(
    fc.property(runArb, ([name, intents]) => {
      const a = simulate(name, intents);
      const b = simulate(name, intents);
      assert.deepEqual(a.events, b.events);
      assert.deepEqual(fold(a.events), fold(b.events));
      assert.deepEqual(fold(a.events), a.states.at(-1));
      const cut = Math.floor(a.events.length / 2);
      assert.deepEqual(fold(a.events.slice(cut), fold(a.events.slice(0, cut))), fold(a.events));
    }),
    runs,
  );
});

test('no task is both open and closed; ended cases hold no open task', () => {
  fc.assert(
    fc.property(runArb, ([name, intents]) => {
      for (const state of simulate(name, intents).states) {
        assert.equal(new Set(state.tasks.map((t) => t.id)).size, state.tasks.length, 'task ids are unique');
        for (const task of state.tasks) {
          assert.equal(isOpen(task), task.closedOn === null, task.id);
          assert.equal(task.status === 'done', task.outcome !== null, task.id);
          if (task.status === 'claimed') assert.notEqual(task.assigneeId, null);
        }
        if (['decided_rejected', 'completed', 'delivered', 'refused', 'withdrawn'].includes(state.status)) assert.ok(!state.tasks.some(isOpen), state.status);
        if (['in_review', 'accepted'].includes(state.status)) assert.ok(state.tasks.some(isOpen), state.status);
      }
    }),
    runs,
  );
});

test('due dates never move earlier: pauses and extensions only push them later', () => {
  fc.assert(
    fc.property(runArb, ([name, intents]) => {
      let lastCase: string | null = null;
      const lastTask = new Map<string, string>();
      for (const state of simulate(name, intents).states) {
        if (state.decision !== null) break; // a decided case's clock no longer matters
        const due = caseDue(state, calendar)?.due ?? null;
        if (due !== null && lastCase !== null) assert.ok(compareDates(due, lastCase) >= 0, `case ${lastCase} → ${due}`);
        if (due !== null) lastCase = due;
        for (const task of state.tasks.filter(isOpen)) {
          const taskDate = taskDue(task, calendar).due;
          const before = lastTask.get(task.id);
          if (taskDate !== null && before !== undefined) assert.ok(compareDates(taskDate, before) >= 0, `${task.id} ${before} → ${taskDate}`);
          if (taskDate !== null) lastTask.set(task.id, taskDate);
        }
      }
    }),
    runs,
  );
});

test('open tasks of a parallel stage never exceed its branches', () => {
  fc.assert(
    fc.property(runArb, ([name, intents]) => {
      const { def } = DEFINITIONS[name]!;
      for (const state of simulate(name, intents).states) {
        for (const stage of def.stages) {
          const open = state.tasks.filter((t) => isOpen(t) && t.stageKey === stage.key).length;
          assert.ok(open <= (stage.kind === 'parallel' ? stage.branches.length : 1), `${stage.key}: ${open}`);
        }
        assert.ok(new Set(state.tasks.filter(isOpen).map((t) => t.stageIndex)).size <= 1, 'open tasks belong to one stage');
      }
    }),
    runs,
  );
});

test('the simulation reaches every status (the generator is not vacuous)', () => {
  const seen = new Set<string>();
  fc.assert(
    fc.property(runArb, ([name, intents]) => {
      for (const state of simulate(name, intents).states) seen.add(state.status);
    }),
    { numRuns: 500, seed: 42 },
  );
  for (const status of ['draft', 'submitted', 'in_prereview', 'awaiting_supplement', 'in_review', 'decided_approved', 'decided_rejected', 'completed', 'delivered', 'refused', 'withdrawn']) {
    assert.ok(seen.has(status), status);
  }
});
