/**
 * Every command in every case status: allowed, or refused with the rule code. Each row runs
 * with an actor who would be entitled, so the status (or the task's state) is what decides.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor, Command } from './commands.js';
import { approver, applicant, CaseHarness, clerk, head, reviewer, standardItem, submitCommand, system } from './testing.js';

const DEPT = 'scjgj';
const DAY = '2025-09-01';
const rev = reviewer(DEPT);
const app = approver(DEPT);

/** One case per status, built through the engine itself. */
const SETUPS: Record<string, () => CaseHarness> = {
  draft: () => new CaseHarness(standardItem),
  in_prereview: () => {
    const h = new CaseHarness({ ...standardItem, preReview: true });
    h.run(submitCommand(DEPT), applicant, DAY);
    return h;
  },
  submitted: () => {
    const h = new CaseHarness(standardItem);
    h.run(submitCommand(DEPT), applicant, DAY);
    return h;
  },
  intake_supplement: () => {
    const h = SETUPS.submitted!();
    h.run({ kind: 'request_supplement', items: ['营业执照'] }, clerk, DAY);
    return h;
  },
  in_review: () => {
    const h = new CaseHarness(standardItem);
    h.intake(DEPT, DAY);
    h.run({ kind: 'claim', taskId: h.task('review').id }, rev, DAY);
    return h;
  },
  review_supplement: () => {
    const h = SETUPS.in_review!();
    h.run({ kind: 'request_supplement', taskId: h.task('review').id, items: ['平面图'] }, rev, DAY);
    return h;
  },
  decided_approved: () => {
    const h = SETUPS.in_review!();
    h.run({ kind: 'approve', taskId: h.task('review').id, opinion: '拟同意' }, rev, DAY);
    h.work('decide', app, DAY);
    return h;
  },
  completed: () => {
    const h = SETUPS.decided_approved!();
    h.run({ kind: 'complete' }, app, DAY);
    return h;
  },
  delivered: () => {
    const h = SETUPS.completed!();
    h.run({ kind: 'deliver', method: 'electronic' }, system, DAY);
    return h;
  },
  refused: () => {
    const h = SETUPS.submitted!();
    h.run({ kind: 'refuse', reason: '不属于本部门职权范围' }, clerk, DAY);
    return h;
  },
  withdrawn: () => {
    const h = SETUPS.in_review!();
    h.run({ kind: 'withdraw' }, applicant, DAY);
    return h;
  },
};
type Setup = keyof typeof SETUPS;
const STATES = Object.keys(SETUPS) as Setup[];

/** The review task when there is one, otherwise an id nobody has. */
const reviewTask = (h: CaseHarness) => h.state.tasks.find((t) => t.stageKey === 'review')?.id ?? 't1.review';

type Row = { command: (h: CaseHarness) => Command; actor: Actor; expect: Partial<Record<Setup, string>>; otherwise: string };

const ROWS: Record<string, Row> = {
  submit: { command: () => submitCommand(DEPT), actor: applicant, expect: { draft: 'ok' }, otherwise: 'wrong_status' },
  pass_prereview: { command: () => ({ kind: 'pass_prereview' }), actor: clerk, expect: { in_prereview: 'ok' }, otherwise: 'wrong_status' },
  return_prereview: { command: () => ({ kind: 'return_prereview', reason: '材料不清晰' }), actor: clerk, expect: { in_prereview: 'ok' }, otherwise: 'wrong_status' },
  accept: { command: () => ({ kind: 'accept' }), actor: clerk, expect: { submitted: 'ok' }, otherwise: 'wrong_status' },
  refuse: { command: () => ({ kind: 'refuse', reason: '不属于受理范围' }), actor: clerk, expect: { submitted: 'ok' }, otherwise: 'wrong_status' },
  intake_supplement: {
    command: () => ({ kind: 'request_supplement', items: ['身份证明'] }),
    actor: clerk,
    // While the first list is out the case waits for it; a second request comes only after (see journeys).
    expect: { submitted: 'ok', in_review: 'task_required', review_supplement: 'task_required' },
    otherwise: 'wrong_status',
  },
  task_supplement: {
    command: (h) => ({ kind: 'request_supplement', items: ['平面图'], taskId: reviewTask(h) }),
    actor: rev,
    expect: { in_review: 'ok', review_supplement: 'supplement_pending', decided_approved: 'wrong_status' },
    otherwise: 'wrong_status',
  },
  receive_supplement: {
    command: () => ({ kind: 'receive_supplement' }),
    actor: applicant,
    expect: { intake_supplement: 'ok', review_supplement: 'ok' },
    otherwise: 'wrong_status',
  },
  claim: {
    command: (h) => ({ kind: 'claim', taskId: reviewTask(h) }),
    actor: rev,
    expect: { in_review: 'already_claimed', review_supplement: 'already_claimed', decided_approved: 'task_closed' },
    otherwise: 'wrong_status',
  },
  approve: {
    command: (h) => ({ kind: 'approve', taskId: reviewTask(h), opinion: '同意' }),
    actor: rev,
    expect: { in_review: 'ok', review_supplement: 'task_paused', decided_approved: 'task_closed' },
    otherwise: 'wrong_status',
  },
  reject: {
    command: (h) => ({ kind: 'reject', taskId: reviewTask(h), reason: '不符合条件', legalBasis: '某法第1条' }),
    actor: rev,
    expect: { in_review: 'reject_not_allowed', review_supplement: 'task_paused' },
    otherwise: 'wrong_status',
  },
  return: {
    command: (h) => ({ kind: 'return', taskId: reviewTask(h), reason: '重新审查' }),
    actor: rev,
    expect: { in_review: 'invalid_return_target', review_supplement: 'task_paused' },
    otherwise: 'wrong_status',
  },
  transfer: {
    command: (h) => ({ kind: 'transfer', taskId: reviewTask(h), to: reviewer(DEPT, 'rev-2') }),
    actor: head(DEPT),
    expect: { in_review: 'ok', review_supplement: 'ok', decided_approved: 'task_closed' },
    otherwise: 'wrong_status',
  },
  start_special_procedure: {
    command: (h) => ({ kind: 'start_special_procedure', taskId: reviewTask(h), procedure: 'expert_review', reason: '技术复杂' }),
    actor: rev,
    expect: { in_review: 'ok', review_supplement: 'task_paused' },
    otherwise: 'wrong_status',
  },
  end_special_procedure: {
    command: (h) => ({ kind: 'end_special_procedure', taskId: reviewTask(h), result: '通过' }),
    actor: rev,
    expect: { in_review: 'no_special_procedure', review_supplement: 'no_special_procedure' },
    otherwise: 'wrong_status',
  },
  request_extension: {
    command: (h) => ({ kind: 'request_extension', taskId: reviewTask(h), days: 5, reason: '情况复杂' }),
    actor: rev,
    expect: { in_review: 'ok', review_supplement: 'ok' },
    otherwise: 'wrong_status',
  },
  decide_extension: {
    command: () => ({ kind: 'decide_extension', approved: true }),
    actor: head(DEPT),
    expect: { in_review: 'no_pending_extension', review_supplement: 'no_pending_extension' },
    otherwise: 'wrong_status',
  },
  complete: { command: () => ({ kind: 'complete' }), actor: app, expect: { decided_approved: 'ok' }, otherwise: 'wrong_status' },
  deliver: { command: () => ({ kind: 'deliver', method: 'window' }), actor: clerk, expect: { completed: 'ok' }, otherwise: 'wrong_status' },
  withdraw: {
    command: () => ({ kind: 'withdraw', reason: '不再需要' }),
    actor: applicant,
    expect: { in_prereview: 'ok', submitted: 'ok', intake_supplement: 'ok', in_review: 'ok', review_supplement: 'ok' },
    otherwise: 'wrong_status',
  },
  deem_accepted: { command: () => ({ kind: 'deem_accepted' }), actor: system, expect: { submitted: 'not_yet_due' }, otherwise: 'wrong_status' },
};

for (const [name, row] of Object.entries(ROWS)) {
  test(`${name} in every status`, () => {
    const actual: Record<string, string> = {};
    const expected: Record<string, string> = {};
    for (const state of STATES) {
      const h = SETUPS[state]!();
      const result = h.attempt(row.command(h), row.actor, DAY);
      actual[state] = result.ok ? 'ok' : result.error.rule;
      expected[state] = row.expect[state] ?? row.otherwise;
    }
    assert.deepEqual(actual, expected);
  });
}
