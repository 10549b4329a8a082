import { test } from 'node:test';
import assert from 'node:assert/strict';
import { byUrgency, urgency, type Urgency } from './urgency.js';

const TABLE: [number | null, boolean, Urgency][] = [
  [-3, false, 'overdue'],
  [-1, false, 'overdue'],
  [0, false, 'nearing'],
  [1, false, 'nearing'],
  [2, false, 'normal'],
  [-3, true, 'paused'],
  [5, true, 'paused'],
  [null, false, 'none'],
];
for (const [daysLeft, paused, expected] of TABLE) {
  test(`urgency(${daysLeft}, paused ${paused}) is ${expected}`, () => assert.equal(urgency(daysLeft, paused), expected));
}

test('byUrgency: overdue, then nearing, then the rest by days left; paused and undated last', () => {
  const work = [
    { caseId: 1, daysLeft: 6, clockPaused: false },
    { caseId: 2, daysLeft: null, clockPaused: false },
    { caseId: 3, daysLeft: 1, clockPaused: false },
    { caseId: 4, daysLeft: -4, clockPaused: true },
    { caseId: 5, daysLeft: -1, clockPaused: false },
    { caseId: 6, daysLeft: -3, clockPaused: false },
    { caseId: 7, daysLeft: 3, clockPaused: false },
    { caseId: 8, daysLeft: 1, clockPaused: false },
  ];
  assert.deepEqual(byUrgency(work).map((w) => w.caseId), [6, 5, 3, 8, 7, 1, 4, 2]);
});
