import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { PROCESS_KINDS } from '../../../../shared/catalogue.js';
import { caseLimitDays, decisionStageIndex, maxExtensionDays, stageDays, validateDefinition, type ProcessDefinition } from './definition.js';
import { definitionFor, splitDays, standardDefinitions, type DefinitionSource } from './standard-definitions.js';
import { standardItem } from './testing.js';

const paths = (def: unknown) => {
  const result = validateDefinition(def);
  return result.ok ? [] : result.errors.map((e) => e.path);
};

const joint: ProcessDefinition = standardDefinitions.joint({ code: 'X-1', processKind: 'joint', promisedDays: 15, coDepartments: [{ code: 'xf' }, { code: 'gh' }] });

test('schema and semantic rules, each reported with its path', () => {
  const [parallel, decide] = joint.stages;
  assert.ok(parallel?.kind === 'parallel' && decide?.kind === 'task');
  const cases: [string, unknown, string[]][] = [
    ['valid', standardItem, []],
    ['no stages', { ...standardItem, stages: [] }, ['/stages']],
    ['version 0', { ...standardItem, version: 0 }, ['/version']],
    ['negative days', { ...standardItem, stages: [{ ...decide, days: -1 }] }, ['/stages/0/days']],
    ['unknown role', { ...standardItem, stages: [{ ...decide, role: 'window_clerk' }] }, ['/stages/0/role']],
    ['unknown kind', { ...standardItem, stages: [{ ...decide, kind: 'loop' }] }, ['/stages/0/kind']],
    ['extra property', { ...standardItem, stages: [{ ...decide, colour: 'red' }] }, ['/stages/0/colour', '/stages/0']],
    ['one branch', { ...joint, stages: [{ ...parallel, branches: parallel.branches.slice(0, 1) }, decide] }, ['/stages/0/branches']],
    ['duplicate stage key', { ...standardItem, stages: [decide, decide] }, ['/stages/1/key', '/stages/1/decision']],
    ['duplicate branch key', { ...joint, stages: [{ ...parallel, branches: [parallel.branches[0], parallel.branches[0]] }, decide] }, ['/stages/0/branches/1/key']],
    ['two decision points', { ...standardItem, stages: [{ ...decide, key: 'a' }, { ...decide, key: 'b' }] }, ['/stages/1/decision']],
    ['bad department', { ...standardItem, stages: [{ ...decide, department: 'Fire Dept' }] }, ['/stages/0/department']],
  ];
  for (const [name, def, expected] of cases) assert.deepEqual(paths(def), expected, name);
});

test('the last stage decides when none is flagged', () => {
  const stages = standardItem.stages.map((s) => ({ ...s, decision: undefined }));
  assert.equal(decisionStageIndex({ ...standardItem, stages }), 1);
  assert.equal(decisionStageIndex(joint), 1);
});

test('limits: case days, stage days, extension ceilings', () => {
  assert.equal(stageDays(joint.stages[0]!), 11);
  assert.equal(caseLimitDays(joint), 15);
  assert.equal(caseLimitDays({ ...joint, days: undefined }), 15);
  assert.equal(maxExtensionDays(joint), 15);
  assert.equal(maxExtensionDays(standardItem), 10);
  assert.equal(maxExtensionDays({ ...standardItem, extensionDays: 0 }), 0);
});

test('splitDays keeps the total', () => {
  assert.deepEqual(splitDays(10, [2, 1]), [7, 3]);
  assert.deepEqual(splitDays(1, [2, 1]), [1, 0]);
  assert.deepEqual(splitDays(0, [1, 1, 1]), [0, 0, 0]);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 365 }), fc.array(fc.integer({ min: 1, max: 9 }), { minLength: 1, maxLength: 6 }), (total, weights) => {
      const parts = splitDays(total, weights);
      return parts.length === weights.length && parts.every((p) => Number.isInteger(p) && p >= 0) && parts.reduce((a, b) => a + b, 0) === total;
    }),
  );
});

test('every seeded definition is valid and its stages fit the promised limit', () => {
  const source = fc.record({
    code: fc.constantFrom('500102-scjgj-001', '500102-cjw-007'),
    processKind: fc.constantFrom(...PROCESS_KINDS),
    promisedDays: fc.integer({ min: 0, max: 60 }),
    coDepartments: fc.uniqueArray(fc.constantFrom('ga', 'sw', 'rs', 'xf', 'gh', 'rf', 'qx'), { minLength: 1, maxLength: 5 }).map((codes) => codes.map((code) => ({ code }))),
  });
  fc.assert(
    fc.property(source, (item: DefinitionSource) => {
      const def = definitionFor(item);
      assert.deepEqual(validateDefinition(def), { ok: true });
      assert.equal(def.stages.reduce((sum, s) => sum + stageDays(s), 0), item.promisedDays);
      assert.equal(caseLimitDays(def), item.promisedDays);
      assert.equal(def.key.endsWith(`.${item.processKind}`), true);
    }),
  );
});

test('joint: the lead department and every co-department get a branch', () => {
  const parallel = joint.stages[0];
  assert.ok(parallel?.kind === 'parallel');
  assert.deepEqual(parallel.branches.map((b) => [b.key, b.department]), [['lead', 'item'], ['xf', 'xf'], ['gh', 'gh']]);
  assert.ok(parallel.rejectEndsCase);
  const only = standardDefinitions.joint({ code: 'X', processKind: 'joint', promisedDays: 5, coDepartments: [{ code: 'xf' }, { code: 'gh' }] }, ['gh']);
  assert.equal(only.stages[0]?.kind === 'parallel' && only.stages[0].branches.length, 2);
});

test('instant, standard, inspection stage shapes', () => {
  const item = (processKind: DefinitionSource['processKind'], promisedDays: number): DefinitionSource => ({ code: 'X', processKind, promisedDays, coDepartments: [], handlingDepth: 'prereview_only' });
  assert.deepEqual(standardDefinitions.instant(item('instant', 1)).stages.map((s) => [s.key, stageDays(s)]), [['decide', 1]]);
  assert.deepEqual(standardDefinitions.standard(item('standard', 10)).stages.map((s) => [s.key, stageDays(s)]), [['review', 7], ['decide', 3]]);
  assert.deepEqual(standardDefinitions.inspection(item('inspection', 10)).stages.map((s) => [s.key, stageDays(s)]), [['review', 5], ['inspect', 2], ['decide', 3]]);
  assert.equal(standardDefinitions.standard(item('standard', 10)).preReview, true);
});
