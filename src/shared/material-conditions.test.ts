import { test } from 'node:test';
import assert from 'node:assert/strict';
import { requiredFor, type RequiredWhen } from './material-conditions.js';

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
