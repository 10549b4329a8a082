import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Person, PersonGrant } from '../identity/people.js';
import { creditFor, postFor } from './credits.js';
import { WorkflowEvent } from './engine/index.js';

const reviewer: PersonGrant = { role: 'reviewer', scopeType: 'department', scopeCode: 'scjg' };
const head: PersonGrant = { role: 'department_head', scopeType: 'department', scopeCode: 'scjg' };
const taxReviewer: PersonGrant = { role: 'reviewer', scopeType: 'department', scopeCode: 'sw' };
const clerk: PersonGrant = { role: 'window_clerk', scopeType: 'region', scopeCode: '500102' };
const self: PersonGrant = { role: 'applicant', scopeType: 'self', scopeCode: '7' };

const POSTS: [string, PersonGrant[], string | null, PersonGrant['role'] | null, { department: string | null; role: PersonGrant['role'] | null }][] = [
  ['the role held for the task’s department', [taxReviewer, reviewer], 'scjg', 'reviewer', { department: 'scjg', role: 'reviewer' }],
  ['the head moving a reviewer’s task acts as head', [head], 'scjg', 'reviewer', { department: 'scjg', role: 'department_head' }],
  ['the matching role wins over another role there', [head, reviewer], 'scjg', 'reviewer', { department: 'scjg', role: 'reviewer' }],
  ['a region-wide clerk has no department', [clerk], 'scjg', null, { department: null, role: 'window_clerk' }],
  ['a role elsewhere is still a post', [taxReviewer], 'scjg', null, { department: 'sw', role: 'reviewer' }],
  ['an applicant’s own scope is no post', [self], 'scjg', null, { department: null, role: null }],
];
for (const [name, grants, department, role, expected] of POSTS) {
  test(`postFor: ${name}`, () => assert.deepEqual(postFor(grants, department, role), expected));
}

const person = (username: string, name: string, kind: Person['kind'], grants: PersonGrant[]): [string, Person] => [username, { username, name, kind, active: true, grants }];
const people = new Map([person('scjg.reviewer', '张伟', 'staff', [reviewer]), person('company', '重庆市涪陵区示例商贸有限公司', 'enterprise', [self])]);
const work = { taskOf: (id: string) => (id === 't1.review' ? { department: 'scjg', role: 'reviewer' as const } : undefined), caseDepartment: 'scjg' };
const meta = (id: string, kind: 'staff' | 'applicant' | 'system') => ({ at: '2026-01-05T01:00:00.000Z', on: '2026-01-05', actor: { id, kind } });

const CREDITS: [string, WorkflowEvent, ReturnType<typeof creditFor>][] = [
  ['a reviewer’s opinion: name and post', WorkflowEvent.task_completed(meta('scjg.reviewer', 'staff'), { taskId: 't1.review', outcome: 'approved', opinion: '同意' }), { kind: 'staff', name: '张伟', department: 'scjg', role: 'reviewer' }],
  ['the applicant by their registered name', WorkflowEvent.withdrawn(meta('company', 'applicant'), {}), { kind: 'applicant', name: '重庆市涪陵区示例商贸有限公司' }],
  ['deemed acceptance is the system’s', WorkflowEvent.completed(meta('system', 'system'), {}), { kind: 'system' }],
  ['a machine client counts as the system', WorkflowEvent.completed(meta('client:exchange', 'system'), {}), { kind: 'system' }],
  ['a deleted account never shows its login name', WorkflowEvent.completed(meta('gone.reviewer', 'staff'), {}), { kind: 'unknown' }],
];
for (const [name, event, expected] of CREDITS) {
  test(`creditFor: ${name}`, () => assert.deepEqual(creditFor(event, people, work), expected));
}
