/** Whole journeys from SCENARIOS.md, with the dates the statutory clock must produce. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { acceptanceDue, caseDue, daysLeft, taskDue } from './clock.js';
import { isOpen } from './state.js';
import {
  applicant, approver, calendar, CaseHarness, clerk, companyOpening, constructionReview, foodLicence, head, reviewer, soleTrader, standardItem, submitCommand, system,
} from './testing.js';

const due = (h: CaseHarness) => caseDue(h.state, calendar)?.due;

test('standard journey across the National Day holiday (SCENARIO 8)', () => {
  const h = new CaseHarness(standardItem);
  h.run(submitCommand('scjgj'), applicant, '2025-09-25');
  assert.equal(acceptanceDue(h.state, calendar), '2025-10-09');
  h.run({ kind: 'accept' }, clerk, '2025-09-25');
  assert.equal(h.state.status, 'in_review');
  assert.equal(due(h), '2025-10-09'); // 9/26, 9/28 (make-up Sunday), 9/29, 9/30, 10/9
  assert.equal(h.task('review').initialDue, '2025-09-29');
  assert.equal(daysLeft(caseDue(h.state, calendar), calendar, '2025-09-30'), 1);

  h.work('review', reviewer('scjgj'), '2025-09-29');
  const decideTask = h.task('decide');
  assert.deepEqual([decideTask.createdOn, taskDue(decideTask, calendar).due], ['2025-09-29', '2025-10-09']);
  h.work('decide', approver('scjgj'), '2025-10-09');
  assert.equal(h.state.status, 'decided_approved');
  assert.deepEqual(h.state.decision, { decision: 'approved', reason: null, legalBasis: null, on: '2025-10-09' });
  h.run({ kind: 'complete' }, approver('scjgj'), '2025-10-09');
  h.run({ kind: 'deliver', method: 'window' }, clerk, '2025-10-10');
  assert.equal(h.state.status, 'delivered');
  assert.deepEqual(
    h.events.map((e) => e.kind),
    ['submitted', 'accepted', 'task_created', 'task_claimed', 'task_completed', 'task_created', 'task_claimed', 'task_completed', 'decided', 'completed', 'delivered'],
  );
});

test('company opening: four branches at once, one day, one decision (SCENARIO 1)', () => {
  const h = new CaseHarness(companyOpening);
  h.run(submitCommand('scjgj'), applicant, '2025-09-01');
  const accepted = h.run({ kind: 'accept' }, clerk, '2025-09-01');
  const created = accepted.filter((e) => e.kind === 'task_created');
  assert.deepEqual(created.map((e) => e.department), ['scjgj', 'ga', 'sw', 'rs']);
  assert.equal(new Set(created.map((e) => e.at)).size, 1, 'every branch is created at the same moment');
  assert.equal(due(h), '2025-09-02');

  const branches: [string, string][] = [['lead', 'scjgj'], ['ga', 'ga'], ['sw', 'sw']];
  for (const [branch, dept] of branches) h.work('joint_review', reviewer(dept), '2025-09-02', branch);
  assert.equal(h.state.tasks.filter((t) => t.stageKey === 'decide').length, 0, 'no decision before every branch is done');
  assert.equal(h.state.stageIndex, 0);
  h.work('joint_review', reviewer('rs'), '2025-09-02', 'rs');
  assert.equal(h.task('decide').initialDue, '2025-09-02');
  h.work('decide', approver('scjgj'), '2025-09-02');
  assert.equal(h.state.status, 'decided_approved');
  assert.ok(!h.state.tasks.some(isOpen));
});

test('construction review: a branch supplement stops the case clock, the others keep working (SCENARIO 2)', () => {
  const h = new CaseHarness(constructionReview);
  h.intake('cjw', '2025-09-01');
  assert.equal(h.state.tasks.length, 5);
  assert.equal(due(h), '2025-09-22');
  const fire = h.task('joint_review', 'xf');
  h.run({ kind: 'claim', taskId: fire.id }, reviewer('xf'), '2025-09-03');
  h.run({ kind: 'request_supplement', taskId: fire.id, items: ['消防设计专篇图纸'] }, reviewer('xf'), '2025-09-03');
  assert.equal(h.state.status, 'awaiting_supplement');
  const paused = caseDue(h.state, calendar, '2025-09-05');
  assert.deepEqual([paused?.paused, paused?.due, daysLeft(paused!, calendar, '2025-09-05')], [true, null, null]);

  // Planning keeps working on its own clock.
  h.work('joint_review', reviewer('gh'), '2025-09-04', 'gh');
  assert.equal(taskDue(h.task('joint_review', 'gh'), calendar).due, '2025-09-16');
  h.refuse({ kind: 'approve', taskId: fire.id, opinion: '同意' }, reviewer('xf'), '2025-09-04', 'task_paused');

  h.run({ kind: 'receive_supplement' }, applicant, '2025-09-08');
  assert.equal(h.state.status, 'in_review');
  // Stopped on 9/3, restarted on 9/8: 9/4, 9/5 and 9/8 do not count.
  assert.equal(due(h), '2025-09-25');
  assert.equal(taskDue(h.task('joint_review', 'xf'), calendar).due, '2025-09-19');
  assert.equal(taskDue(h.task('joint_review', 'rf'), calendar).due, '2025-09-16', 'other branches are not paused');

  for (const [branch, dept] of [['lead', 'cjw'], ['rf', 'rf'], ['qx', 'qx']] as const) h.work('joint_review', reviewer(dept), '2025-09-10', branch);
  assert.equal(h.state.stageIndex, 0, 'fire is still open');
  h.run({ kind: 'approve', taskId: fire.id, opinion: '消防设计合格' }, reviewer('xf'), '2025-09-11');
  assert.equal(h.task('decide').status, 'queued');
  h.work('decide', approver('cjw'), '2025-09-12');
  assert.equal(h.state.status, 'decided_approved');
});

test('a supplement may also stop the clocks of the branches it concerns', () => {
  const h = new CaseHarness(constructionReview);
  h.intake('cjw', '2025-09-01');
  const fire = h.task('joint_review', 'xf').id;
  const air = h.task('joint_review', 'rf').id;
  h.run({ kind: 'claim', taskId: fire }, reviewer('xf'), '2025-09-03');
  h.run({ kind: 'request_supplement', taskId: fire, items: ['人防及消防共用图纸'], alsoPauses: [air] }, reviewer('xf'), '2025-09-03');
  h.run({ kind: 'receive_supplement' }, applicant, '2025-09-08');
  assert.equal(taskDue(h.task('joint_review', 'rf'), calendar).due, '2025-09-19');
  assert.equal(taskDue(h.task('joint_review', 'qx'), calendar).due, '2025-09-16');
});

test('a rejecting branch ends a joint case and cancels the other branches', () => {
  const h = new CaseHarness(constructionReview);
  h.intake('cjw', '2025-09-01');
  h.work('joint_review', reviewer('gh'), '2025-09-02', 'gh');
  const fire = h.task('joint_review', 'xf').id;
  h.run({ kind: 'claim', taskId: fire }, reviewer('xf'), '2025-09-03');
  h.run({ kind: 'reject', taskId: fire, reason: '疏散通道不符合规范', legalBasis: '《中华人民共和国消防法》第十一条' }, reviewer('xf'), '2025-09-03');
  assert.equal(h.state.status, 'decided_rejected');
  assert.equal(h.state.decision?.legalBasis, '《中华人民共和国消防法》第十一条');
  assert.deepEqual(h.state.tasks.map((t) => t.status), ['cancelled', 'done', 'done', 'cancelled', 'cancelled']);
  h.run({ kind: 'complete' }, approver('cjw'), '2025-09-04');
});

test('without rejectEndsCase the stage still joins and the decision weighs every branch', () => {
  const [parallel, decideStage] = constructionReview.stages;
  assert.ok(parallel?.kind === 'parallel' && decideStage);
  const h = new CaseHarness({ ...constructionReview, stages: [{ ...parallel, rejectEndsCase: false }, decideStage] });
  h.intake('cjw', '2025-09-01');
  const fire = h.task('joint_review', 'xf').id;
  h.run({ kind: 'claim', taskId: fire }, reviewer('xf'), '2025-09-02');
  h.run({ kind: 'reject', taskId: fire, reason: '需整改', legalBasis: '消防法第十一条' }, reviewer('xf'), '2025-09-02');
  assert.equal(h.state.status, 'in_review');
  for (const [branch, dept] of [['lead', 'cjw'], ['gh', 'gh'], ['rf', 'rf'], ['qx', 'qx']] as const) h.work('joint_review', reviewer(dept), '2025-09-03', branch);
  const decide = h.task('decide').id;
  h.run({ kind: 'claim', taskId: decide }, approver('cjw'), '2025-09-04');
  h.run({ kind: 'reject', taskId: decide, reason: '消防审查未通过', legalBasis: '消防法第十一条' }, approver('cjw'), '2025-09-04');
  assert.equal(h.state.status, 'decided_rejected');
});

test('restaurant: site inspection stops the clock, one visit to collect (SCENARIO 3)', () => {
  const h = new CaseHarness(foodLicence);
  h.intake('scjgj', '2025-11-03');
  assert.equal(due(h), '2025-11-17');
  h.work('review', reviewer('scjgj'), '2025-11-05');
  const inspect = h.task('inspect');
  assert.equal(inspect.initialDue, '2025-11-07');
  h.run({ kind: 'claim', taskId: inspect.id }, reviewer('scjgj'), '2025-11-06');
  h.run({ kind: 'start_special_procedure', taskId: inspect.id, procedure: 'site_inspection', reason: '核查经营场所' }, reviewer('scjgj'), '2025-11-06');
  assert.equal(due(h), null);
  h.run({ kind: 'end_special_procedure', taskId: inspect.id, result: '现场符合要求' }, reviewer('scjgj'), '2025-11-11');
  // Stopped on 11/6, restarted on 11/11: 11/7, 11/10 and 11/11 do not count.
  assert.equal(due(h), '2025-11-20');
  assert.equal(taskDue(h.task('inspect'), calendar).due, '2025-11-12');
  h.run({ kind: 'approve', taskId: inspect.id, opinion: '现场核查合格' }, reviewer('scjgj'), '2025-11-11');
  h.work('decide', approver('scjgj'), '2025-11-12');
  h.run({ kind: 'complete' }, approver('scjgj'), '2025-11-12');
  h.run({ kind: 'deliver', method: 'window' }, clerk, '2025-11-13');
  assert.equal(h.state.status, 'delivered');
});

test('sole trader: submitted in the evening, decided next morning, delivered electronically (SCENARIO 4)', () => {
  const h = new CaseHarness(soleTrader);
  h.run(submitCommand('scjgj'), applicant, '2025-09-01', 21);
  h.run({ kind: 'accept' }, clerk, '2025-09-02');
  h.work('decide', approver('scjgj'), '2025-09-02');
  h.run({ kind: 'complete' }, approver('scjgj'), '2025-09-02');
  h.run({ kind: 'deliver', method: 'electronic' }, system, '2025-09-02');
  assert.equal(h.state.status, 'delivered');
});

test('an approved extension adds working days; a denied one does not', () => {
  const h = new CaseHarness(standardItem);
  h.intake('scjgj', '2025-09-01');
  assert.equal(due(h), '2025-09-08');
  const review = h.task('review').id;
  h.run({ kind: 'claim', taskId: review }, reviewer('scjgj'), '2025-09-02');
  h.run({ kind: 'request_extension', taskId: review, days: 4, reason: '需调取档案' }, reviewer('scjgj'), '2025-09-02');
  h.run({ kind: 'decide_extension', approved: false, reason: '理由不充分' }, head('scjgj'), '2025-09-02');
  assert.equal(due(h), '2025-09-08');
  h.run({ kind: 'request_extension', taskId: review, days: 5, reason: '需调取历史档案' }, reviewer('scjgj'), '2025-09-03');
  h.run({ kind: 'decide_extension', approved: true }, head('scjgj'), '2025-09-03');
  assert.equal(due(h), '2025-09-15');
  assert.equal(taskDue(h.task('review'), calendar).due, '2025-09-11');
  h.run({ kind: 'request_extension', taskId: review, days: 5, reason: '再次延长' }, reviewer('scjgj'), '2025-09-04');
  h.refuse({ kind: 'request_extension', taskId: review, days: 1, reason: '超限' }, reviewer('scjgj'), '2025-09-04', 'extension_pending');
  h.run({ kind: 'decide_extension', approved: true }, head('scjgj'), '2025-09-04');
  h.refuse({ kind: 'request_extension', taskId: review, days: 1, reason: '超限' }, reviewer('scjgj'), '2025-09-04', 'extension_limit');
});

test('joint handling may extend up to 15 days', () => {
  const h = new CaseHarness(constructionReview);
  h.intake('cjw', '2025-09-01');
  const lead = h.task('joint_review', 'lead').id;
  h.run({ kind: 'claim', taskId: lead }, reviewer('cjw'), '2025-09-02');
  h.run({ kind: 'request_extension', taskId: lead, days: 15, reason: '联合审查复杂' }, reviewer('cjw'), '2025-09-02');
});

test('withdrawal before the decision cancels the open branches', () => {
  const h = new CaseHarness(companyOpening);
  h.intake('scjgj', '2025-09-01');
  h.work('joint_review', reviewer('ga'), '2025-09-01', 'ga');
  h.run({ kind: 'withdraw', reason: '暂缓开办' }, applicant, '2025-09-01');
  assert.equal(h.state.status, 'withdrawn');
  assert.deepEqual(h.state.tasks.map((t) => t.status), ['cancelled', 'done', 'cancelled', 'cancelled']);
  h.refuse({ kind: 'withdraw' }, applicant, '2025-09-01', 'wrong_status');
});

test('return to the previous stage creates a new task there', () => {
  const h = new CaseHarness(standardItem);
  h.intake('scjgj', '2025-09-01');
  h.work('review', reviewer('scjgj'), '2025-09-02');
  const decide = h.task('decide').id;
  h.run({ kind: 'claim', taskId: decide }, approver('scjgj'), '2025-09-03');
  h.run({ kind: 'return', taskId: decide, reason: '请核实股东信息' }, approver('scjgj'), '2025-09-03');
  assert.equal(h.state.stageIndex, 0);
  assert.deepEqual(h.state.tasks.map((t) => [t.id, t.status]), [['t1.review', 'done'], ['t2.decide', 'returned'], ['t3.review', 'queued']]);
  assert.equal(h.task('review').initialDue, '2025-09-08');
  h.work('review', reviewer('scjgj'), '2025-09-04');
  assert.equal(h.task('decide').id, 't4.decide');
  h.work('decide', approver('scjgj'), '2025-09-05');
  assert.equal(h.state.status, 'decided_approved');
});

test('deemed acceptance after 5 working days dates back to receipt (art. 32)', () => {
  const h = new CaseHarness(standardItem);
  h.run(submitCommand('scjgj'), applicant, '2025-09-25');
  h.refuse({ kind: 'deem_accepted' }, system, '2025-10-09', 'not_yet_due');
  const events = h.run({ kind: 'deem_accepted' }, system, '2025-10-10');
  assert.equal(events[0]?.kind, 'deemed_accepted');
  assert.ok(events[0]?.kind === 'deemed_accepted' && events[0].deemedOn === '2025-10-09');
  assert.equal(h.state.acceptedOn, '2025-09-25');
  assert.ok(h.state.deemedAccepted);
  assert.equal(due(h), '2025-10-09');
  assert.equal(h.state.tasks.length, 1);
});

test('a late acceptance at the window records the deemed acceptance', () => {
  const h = new CaseHarness(standardItem);
  h.run(submitCommand('scjgj'), applicant, '2025-09-01');
  const events = h.run({ kind: 'accept' }, clerk, '2025-09-10');
  assert.equal(events[0]?.kind, 'deemed_accepted');
  assert.equal(h.state.acceptedOn, '2025-09-01');
});

test('an intake supplement restarts the 5-day acceptance review', () => {
  const h = new CaseHarness(standardItem);
  h.run(submitCommand('scjgj'), applicant, '2025-09-01');
  h.run({ kind: 'request_supplement', items: ['法定代表人身份证明', '住所使用证明'] }, clerk, '2025-09-03');
  assert.equal(caseDue(h.state, calendar), null, 'no case clock before acceptance');
  h.run({ kind: 'receive_supplement' }, applicant, '2025-09-10');
  assert.equal(acceptanceDue(h.state, calendar), '2025-09-17');
  h.refuse({ kind: 'request_supplement', items: ['又一项'] }, clerk, '2025-09-11', 'supplement_repeat_only');
});

test('一次性告知: the supplement carries its deadline; the first list may be returned once more, never new items nor a third time', () => {
  const h = new CaseHarness(standardItem);
  h.run(submitCommand('scjgj'), applicant, '2025-09-01');
  const [asked] = h.run({ kind: 'request_supplement', items: ['法定代表人身份证明', '住所使用证明'] }, clerk, '2025-09-03');
  assert.equal(asked?.kind === 'supplement_requested' && asked.due, '2025-09-24', '15 working days after the request');
  h.refuse({ kind: 'request_supplement', items: ['住所使用证明'] }, clerk, '2025-09-04', 'wrong_status');
  h.run({ kind: 'receive_supplement' }, applicant, '2025-09-10');
  h.refuse({ kind: 'request_supplement', items: ['住所使用证明', '公司章程'] }, clerk, '2025-09-11', 'supplement_repeat_only');
  h.run({ kind: 'request_supplement', items: ['住所使用证明'] }, clerk, '2025-09-11');
  assert.equal(h.state.status, 'awaiting_supplement');
  assert.deepEqual(h.state.supplements.map((s) => [s.phase, s.items.length]), [['intake', 2], ['intake', 1]]);
  h.run({ kind: 'receive_supplement' }, applicant, '2025-09-15');
  h.refuse({ kind: 'request_supplement', items: ['住所使用证明'] }, clerk, '2025-09-16', 'supplement_already_requested');
  h.run({ kind: 'accept' }, clerk, '2025-09-16');
});

test('pre-review: returned to draft, resubmitted, passed to the window', () => {
  const h = new CaseHarness({ ...standardItem, preReview: true });
  h.run(submitCommand('scjgj'), applicant, '2025-09-01');
  assert.equal(h.state.status, 'in_prereview');
  assert.equal(acceptanceDue(h.state, calendar), null);
  h.run({ kind: 'return_prereview', reason: '营业执照照片不清晰' }, clerk, '2025-09-01');
  assert.equal(h.state.status, 'draft');
  h.run(submitCommand('scjgj'), applicant, '2025-09-02');
  h.run({ kind: 'pass_prereview', opinion: '材料齐全' }, reviewer('scjgj'), '2025-09-03');
  assert.deepEqual([h.state.status, h.state.receivedOn], ['submitted', '2025-09-03']);
});

test('work the platform creates or cancels as a consequence is credited to the system, the act itself to the person', () => {
  const h = new CaseHarness(companyOpening);
  h.run(submitCommand('scjgj'), applicant, '2025-09-01');
  const accepted = h.run({ kind: 'accept' }, clerk, '2025-09-01');
  assert.deepEqual(
    accepted.map((e) => [e.kind, e.actor.id]),
    [['accepted', 'clerk'], ['task_created', 'system'], ['task_created', 'system'], ['task_created', 'system'], ['task_created', 'system']],
  );
  const lead = h.task('joint_review', 'lead').id;
  h.run({ kind: 'claim', taskId: lead }, reviewer('scjgj'), '2025-09-01');
  const rejected = h.run({ kind: 'reject', taskId: lead, reason: '名称不符合规定', legalBasis: '《企业名称登记管理规定》' }, reviewer('scjgj'), '2025-09-01');
  assert.deepEqual(
    rejected.map((e) => [e.kind, e.actor.id]),
    [['task_completed', 'rev-scjgj'], ['task_cancelled', 'system'], ['task_cancelled', 'system'], ['task_cancelled', 'system'], ['decided', 'rev-scjgj']],
  );
});
