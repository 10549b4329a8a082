import { test } from 'node:test';
import assert from 'node:assert/strict';
import { requiredFor, stillWrong, type RequiredWhen } from './material-conditions.js';

const invoice: RequiredWhen = { field: 'details.needInvoice', equals: true };

test('a situational material is required exactly when its condition holds in the form', () => {
  const cases: [string, { required: boolean; requiredWhen?: RequiredWhen | null }, unknown, boolean][] = [
    ['a required material, whatever the form', { required: true }, {}, true],
    ['a situational material without a machine condition', { required: false, requiredWhen: null }, { details: { needInvoice: true } }, false],
    ['the condition holds', { required: false, requiredWhen: invoice }, { details: { needInvoice: true } }, true],
    ['the answer is the other one', { required: false, requiredWhen: invoice }, { details: { needInvoice: false } }, false],
    ['not answered', { required: false, requiredWhen: invoice }, { details: {} }, false],
    ['a section missing', { required: false, requiredWhen: invoice }, {}, false],
    ['a string is not the boolean', { required: false, requiredWhen: invoice }, { details: { needInvoice: 'true' } }, false],
    ['a path through a non-object', { required: false, requiredWhen: invoice }, { details: 'x' }, false],
    ['a text answer', { required: false, requiredWhen: { field: 'details.companyType', equals: '合伙企业' } }, { details: { companyType: '合伙企业' } }, true],
  ];
  for (const [name, material, form, expected] of cases) assert.equal(requiredFor(material, form), expected, name);
});

test('a material is still wrong while a flagged file has no unflagged successor, or a needed one has none', () => {
  const needed = { required: true, shared: false };
  const cases: [string, { required: boolean; requiredWhen?: RequiredWhen | null; shared: boolean }, { id: number; check: 'pending' | 'ok' | 'missing' | 'invalid' }[], boolean][] = [
    ['needed and not handed in', needed, [], true],
    ['optional and not handed in', { required: false, shared: false }, [], false],
    ['situational, its situation holds, not handed in', { required: false, requiredWhen: invoice, shared: false }, [], true],
    ['shared from another department', { required: true, shared: true }, [], false],
    ['checked in order', needed, [{ id: 1, check: 'ok' }], false],
    ['not checked yet', needed, [{ id: 1, check: 'pending' }], false],
    ['flagged', needed, [{ id: 1, check: 'invalid' }], true],
    ['flagged, then a new file not checked yet', needed, [{ id: 1, check: 'invalid' }, { id: 2, check: 'pending' }], false],
    ['flagged, then a new file in order', needed, [{ id: 1, check: 'missing' }, { id: 2, check: 'ok' }], false],
    ['flagged, and the new file flagged too', needed, [{ id: 1, check: 'invalid' }, { id: 2, check: 'invalid' }], true],
    ['one page in order, a later one flagged', needed, [{ id: 1, check: 'ok' }, { id: 2, check: 'missing' }], true],
  ];
  for (const [name, material, files, expected] of cases) assert.equal(stillWrong(material, files, { details: { needInvoice: true } }), expected, name);
});
