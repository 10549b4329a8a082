/** Who may do what, and what each command requires: one row per rule code. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Actor, Command } from './commands.js';
import { decide } from './decide.js';
import { RULE_MESSAGES } from './errors.js';
import { initialState } from './state.js';
import {
  applicant, approver, calendar, CaseHarness, clerk, companyOpening, foodLicence, head, reviewer, REGION, staff, standardItem, stranger, submitCommand, system,
} from './testing.js';

const DEPT = 'scjgj';
const DAY = '2025-09-01';
const rev = reviewer(DEPT);

/** A standard case in review, its review task claimed by `rev`. */
function inReview(): CaseHarness {
  const h = new CaseHarness(standardItem);
  h.intake(DEPT, DAY);
  h.run({ kind: 'claim', taskId: h.task('review').id }, rev, DAY);
  return h;
}
function submitted(): CaseHarness {
  const h = new CaseHarness(standardItem);
  h.run(submitCommand(DEPT), applicant, DAY);
  return h;
}
const reviewId = (h: CaseHarness) => h.task('review').id;

type Row = [name: string, setup: () => CaseHarness, command: (h: CaseHarness) => Command, actor: Actor, rule: string, on?: string];

const ROWS: Row[] = [
  // actors
  ['an applicant cannot accept', submitted, () => ({ kind: 'accept' }), applicant, 'staff_only'],
  ['a reviewer is no window clerk', submitted, () => ({ kind: 'accept' }), rev, 'role_required'],
  ['a clerk of another department', submitted, () => ({ kind: 'accept' }), staff('c2', ['window_clerk', 'ga']), 'department_scope'],
  ['a region clerk covers every department', submitted, () => ({ kind: 'accept' }), clerk, 'ok'],
  ['someone else submits for p1', () => new CaseHarness(standardItem), () => submitCommand(DEPT), stranger, 'not_owner'],
  ['a clerk files for the applicant (帮办代办)', () => new CaseHarness(standardItem), () => ({ ...submitCommand(DEPT), channel: 'assisted' }) as Command, clerk, 'ok'],
  ['another applicant cannot withdraw', inReview, () => ({ kind: 'withdraw' }), stranger, 'not_owner'],
  ['staff cannot withdraw for the applicant', inReview, () => ({ kind: 'withdraw' }), clerk, 'applicant_only'],
  ['a clerk receives paper supplement at the window', () => {
    const h = submitted();
    h.run({ kind: 'request_supplement', items: ['身份证'] }, clerk, DAY);
    return h;
  }, () => ({ kind: 'receive_supplement' }), clerk, 'ok'],
  ['only the system flags deemed acceptance', submitted, () => ({ kind: 'deem_accepted' }), clerk, 'system_only', '2025-09-20'],
  ['a reviewer of another department', inReview, (h) => ({ kind: 'approve', taskId: reviewId(h), opinion: '同意' }), reviewer('ga'), 'department_scope'],
  ['an approver may not do a reviewer task', inReview, (h) => ({ kind: 'approve', taskId: reviewId(h), opinion: '同意' }), approver(DEPT), 'role_required'],
  ['a colleague who did not claim it', inReview, (h) => ({ kind: 'approve', taskId: reviewId(h), opinion: '同意' }), reviewer(DEPT, 'rev-2'), 'not_assignee'],
  ['claim before working', () => {
    const h = new CaseHarness(standardItem);
    h.intake(DEPT, DAY);
    return h;
  }, (h) => ({ kind: 'approve', taskId: reviewId(h), opinion: '同意' }), rev, 'task_not_claimed'],
  ['a colleague cannot transfer another\'s task', inReview, (h) => ({ kind: 'transfer', taskId: reviewId(h), to: reviewer(DEPT, 'rev-3') }), reviewer(DEPT, 'rev-2'), 'not_assignee'],
  ['the assignee hands over to a colleague', inReview, (h) => ({ kind: 'transfer', taskId: reviewId(h), to: reviewer(DEPT, 'rev-2') }), rev, 'ok'],
  ['transfer to someone without the role', inReview, (h) => ({ kind: 'transfer', taskId: reviewId(h), to: approver(DEPT) }), head(DEPT), 'transfer_target_ineligible'],
  ['transfer to the current assignee', inReview, (h) => ({ kind: 'transfer', taskId: reviewId(h), to: rev }), head(DEPT), 'transfer_target_ineligible'],
  ['extension decided by another department\'s head', () => {
    const h = inReview();
    h.run({ kind: 'request_extension', taskId: reviewId(h), days: 5, reason: '复杂' }, rev, DAY);
    return h;
  }, () => ({ kind: 'decide_extension', approved: true }), head('ga'), 'department_scope'],
  // inputs
  ['refusal needs a reason', submitted, () => ({ kind: 'refuse', reason: '  ' }), clerk, 'reason_required'],
  ['pre-review return needs a reason', () => {
    const h = new CaseHarness({ ...standardItem, preReview: true });
    h.run(submitCommand(DEPT), applicant, DAY);
    return h;
  }, () => ({ kind: 'return_prereview', reason: '' }), clerk, 'reason_required'],
  ['supplement lists its items', submitted, () => ({ kind: 'request_supplement', items: [] }), clerk, 'items_required'],
  ['a blank supplement item', inReview, (h) => ({ kind: 'request_supplement', taskId: reviewId(h), items: ['平面图', ' '] }), rev, 'items_required'],
  ['a supplement naming an unknown task', inReview, (h) => ({ kind: 'request_supplement', taskId: reviewId(h), items: ['图'], alsoPauses: ['t9.x'] }), rev, 'task_not_found'],
  ['a task asks for supplement once', () => {
    const h = inReview();
    h.run({ kind: 'request_supplement', taskId: reviewId(h), items: ['图'] }, rev, DAY);
    h.run({ kind: 'receive_supplement' }, applicant, '2025-09-02');
    return h;
  }, (h) => ({ kind: 'request_supplement', taskId: reviewId(h), items: ['另一张图'] }), rev, 'supplement_already_requested', '2025-09-02'],
  ['approval needs an opinion', inReview, (h) => ({ kind: 'approve', taskId: reviewId(h), opinion: '' }), rev, 'opinion_required'],
  ['return needs a reason', () => {
    const h = inReview();
    h.run({ kind: 'approve', taskId: reviewId(h), opinion: '拟同意' }, rev, DAY);
    h.run({ kind: 'claim', taskId: h.task('decide').id }, approver(DEPT), DAY);
    return h;
  }, (h) => ({ kind: 'return', taskId: h.task('decide').id, reason: '' }), approver(DEPT), 'reason_required'],
  ['return only to an earlier stage', () => {
    const h = inReview();
    h.run({ kind: 'approve', taskId: reviewId(h), opinion: '拟同意' }, rev, DAY);
    h.run({ kind: 'claim', taskId: h.task('decide').id }, approver(DEPT), DAY);
    return h;
  }, (h) => ({ kind: 'return', taskId: h.task('decide').id, reason: '补充审查', toStageKey: 'decide' }), approver(DEPT), 'invalid_return_target'],
  ['rejection needs a reason', () => decideStage(), (h) => ({ kind: 'reject', taskId: h.task('decide').id, reason: '', legalBasis: '某法' }), approver(DEPT), 'reason_required'],
  ['rejection needs a legal basis', () => decideStage(), (h) => ({ kind: 'reject', taskId: h.task('decide').id, reason: '不符合', legalBasis: '' }), approver(DEPT), 'legal_basis_required'],
  ['special procedure needs a reason', inReview, (h) => ({ kind: 'start_special_procedure', taskId: reviewId(h), procedure: 'hearing', reason: '' }), rev, 'reason_required'],
  ['only statutory special procedures', inReview, (h) => ({ kind: 'start_special_procedure', taskId: reviewId(h), procedure: 'lunch' as never, reason: '?' }), rev, 'invalid_procedure'],
  ['one special procedure at a time', () => {
    const h = inReview();
    h.run({ kind: 'start_special_procedure', taskId: reviewId(h), procedure: 'testing', reason: '送检' }, rev, DAY);
    return h;
  }, (h) => ({ kind: 'start_special_procedure', taskId: reviewId(h), procedure: 'hearing', reason: '听证' }), rev, 'special_procedure_open'],
  ['a paused task cannot be approved', () => {
    const h = inReview();
    h.run({ kind: 'start_special_procedure', taskId: reviewId(h), procedure: 'testing', reason: '送检' }, rev, DAY);
    return h;
  }, (h) => ({ kind: 'approve', taskId: reviewId(h), opinion: '同意' }), rev, 'task_paused'],
  ['ending a procedure records its result', () => {
    const h = inReview();
    h.run({ kind: 'start_special_procedure', taskId: reviewId(h), procedure: 'testing', reason: '送检' }, rev, DAY);
    return h;
  }, (h) => ({ kind: 'end_special_procedure', taskId: reviewId(h), result: '' }), rev, 'result_required'],
  ['extension days are positive', inReview, (h) => ({ kind: 'request_extension', taskId: reviewId(h), days: 0, reason: '复杂' }), rev, 'invalid_days'],
  ['extension needs a reason', inReview, (h) => ({ kind: 'request_extension', taskId: reviewId(h), days: 3, reason: '' }), rev, 'reason_required'],
  ['extension within 10 days (art. 42)', inReview, (h) => ({ kind: 'request_extension', taskId: reviewId(h), days: 11, reason: '复杂' }), rev, 'extension_limit'],
  ['one extension request at a time', () => {
    const h = inReview();
    h.run({ kind: 'request_extension', taskId: reviewId(h), days: 3, reason: '复杂' }, rev, DAY);
    return h;
  }, (h) => ({ kind: 'request_extension', taskId: reviewId(h), days: 3, reason: '复杂' }), rev, 'extension_pending'],
  ['a denial says why', () => {
    const h = inReview();
    h.run({ kind: 'request_extension', taskId: reviewId(h), days: 3, reason: '复杂' }, rev, DAY);
    return h;
  }, () => ({ kind: 'decide_extension', approved: false }), head(DEPT), 'reason_required'],
  ['unknown task', inReview, () => ({ kind: 'claim', taskId: 't99.review' }), rev, 'task_not_found'],
  // the intake period and the clock
  ['no refusal after the 5-day period', submitted, () => ({ kind: 'refuse', reason: '材料不全' }), clerk, 'acceptance_period_over', '2025-09-09'],
  ['no intake supplement after the 5-day period', submitted, () => ({ kind: 'request_supplement', items: ['身份证'] }), clerk, 'acceptance_period_over', '2025-09-09'],
  ['refusal on the 5th working day is in time', submitted, () => ({ kind: 'refuse', reason: '材料不全' }), clerk, 'ok', '2025-09-08'],
  ['time never goes backwards', submitted, () => ({ kind: 'accept' }), clerk, 'time_went_backwards', '2025-08-29'],
];

function decideStage(): CaseHarness {
  const h = inReview();
  h.run({ kind: 'approve', taskId: reviewId(h), opinion: '拟不同意' }, rev, DAY);
  h.run({ kind: 'claim', taskId: h.task('decide').id }, approver(DEPT), DAY);
  return h;
}

for (const [name, setup, command, actor, rule, on] of ROWS) {
  test(name, () => {
    const h = setup();
    const result = h.attempt(command(h), actor, on ?? DAY);
    assert.equal(result.ok ? 'ok' : result.error.rule, rule);
    if (!result.ok) assert.ok(result.error.message.startsWith(RULE_MESSAGES[result.error.rule]));
  });
}

test('invalid_now: an instant whose Shanghai date differs from `on`', () => {
  const result = decide(standardItem, initialState, submitCommand(DEPT), applicant, { at: '2025-09-01T17:00:00Z', on: '2025-09-01' }, calendar);
  assert.deepEqual(result.ok ? 'ok' : result.error.rule, 'invalid_now');
});

test('a running case keeps its definition version', () => {
  const h = inReview();
  const newer = new CaseHarness({ ...standardItem, version: 2 });
  newer.state = h.state;
  const r = newer.attempt({ kind: 'approve', taskId: reviewId(h), opinion: '同意' }, rev, DAY);
  assert.equal(r.ok ? 'ok' : r.error.rule, 'definition_mismatch');
});

test('an invalid definition cannot start a case', () => {
  const h = new CaseHarness({ ...standardItem, stages: [] });
  const r = h.attempt(submitCommand(DEPT), applicant, DAY);
  assert.equal(r.ok ? 'ok' : r.error.rule, 'invalid_definition');
});

test('complete waits for post-decision stages', () => {
  const def = { ...standardItem, stages: [...standardItem.stages, { kind: 'task' as const, key: 'issue', name: '制证', role: 'reviewer' as const, department: 'item', days: 1 }] };
  const h = new CaseHarness(def);
  h.intake(DEPT, DAY);
  h.work('review', rev, DAY);
  h.work('decide', approver(DEPT), DAY);
  assert.equal(h.state.status, 'decided_approved');
  h.refuse({ kind: 'complete' }, approver(DEPT), DAY, 'tasks_open');
  h.refuse({ kind: 'reject', taskId: h.task('issue').id, reason: 'x', legalBasis: 'y' }, rev, DAY, 'wrong_status');
  h.work('issue', rev, DAY);
  h.run({ kind: 'complete' }, approver(DEPT), DAY);
  assert.equal(h.state.status, 'completed');
});

test('a branch does not return: it would discard the other branches', () => {
  const h = new CaseHarness(companyOpening);
  h.intake(DEPT, DAY);
  const id = h.task('joint_review', 'ga').id;
  h.run({ kind: 'claim', taskId: id }, reviewer('ga'), DAY);
  h.refuse({ kind: 'return', taskId: id, reason: '重审' }, reviewer('ga'), DAY, 'return_not_allowed');
});

test('reviewers forward their opinion; only the deciding stage rejects', () => {
  const h = new CaseHarness(foodLicence);
  h.intake(DEPT, DAY);
  h.run({ kind: 'claim', taskId: h.task('review').id }, rev, DAY);
  h.refuse({ kind: 'reject', taskId: h.task('review').id, reason: '不符合', legalBasis: '食品安全法第35条' }, rev, DAY, 'reject_not_allowed');
});

test('a region-scoped grant only covers its own region', () => {
  const h = submitted();
  const otherRegion = staff('c9', ['window_clerk', '500101']);
  h.refuse({ kind: 'accept' }, otherRegion, DAY, 'department_scope');
  assert.equal(h.state.regionCode, REGION);
});
