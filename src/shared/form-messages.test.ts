import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv } from 'ajv';
import { generatedForm } from '../server/modules/applications/forms.js';
import { fieldMessage, formProblems } from './form-messages.js';

const text = { type: 'string', title: '联系人' };
const choice = { type: 'string', title: '企业类型', enum: ['有限责任公司', '个体工商户'] };
const money = { type: 'number', title: '注册资本（万元）' };
const count = { type: 'integer', title: '核定载人数' };
const items = { type: 'array', title: '经营项目', items: { type: 'string', enum: ['a', 'b'] } };
const phone = { type: 'string', title: '联系电话', 'x-errorMessage': { zh: '请填写 11 位手机号码或带区号的座机号码', en: 'Enter an 11-digit mobile number or a landline number with its area code' } };

/** keyword, params, field → Chinese, English. */
const TABLE: [string, Record<string, unknown>, Record<string, unknown> | undefined, string, string][] = [
  ['required', { missingProperty: 'contactName' }, text, '请填写联系人', 'Fill in 联系人'],
  ['required', { missingProperty: 'companyType' }, choice, '请选择企业类型', 'Choose 企业类型'],
  ['required', { missingProperty: 'x' }, undefined, '请填写此项', 'Fill in this field'],
  ['minLength', { limit: 1 }, text, '请填写联系人', 'Fill in 联系人'],
  ['minLength', { limit: 4 }, text, '联系人至少填写 4 个字', '联系人 needs at least 4 characters'],
  ['maxLength', { limit: 30 }, text, '联系人最多 30 个字，请删减', '联系人 can have at most 30 characters; shorten it'],
  ['minimum', { limit: 0, comparison: '>=' }, money, '注册资本（万元）不能小于 0', '注册资本（万元） cannot be less than 0'],
  ['exclusiveMinimum', { limit: 0, comparison: '>' }, money, '注册资本（万元）须大于 0', '注册资本（万元） must be greater than 0'],
  ['maximum', { limit: 80, comparison: '<=' }, count, '核定载人数不能大于 80', '核定载人数 cannot be more than 80'],
  ['exclusiveMaximum', { limit: 10, comparison: '<' }, count, '核定载人数须小于 10', '核定载人数 must be less than 10'],
  ['multipleOf', { multipleOf: 5 }, count, '核定载人数须为 5 的整数倍', '核定载人数 must be a multiple of 5'],
  ['type', { type: 'integer' }, count, '核定载人数请填写整数', 'Enter a whole number for 核定载人数'],
  ['type', { type: 'number' }, money, '注册资本（万元）请填写数字', 'Enter a number for 注册资本（万元）'],
  ['type', { type: 'string' }, text, '请填写联系人', 'Fill in 联系人'],
  ['pattern', { pattern: '^1[3-9]\\d{9}$' }, phone, '请填写 11 位手机号码或带区号的座机号码', 'Enter an 11-digit mobile number or a landline number with its area code'],
  ['pattern', { pattern: '^\\d+$' }, text, '联系人格式不正确，请按提示填写', '联系人 is not in the expected form; follow the hint'],
  ['format', { format: 'email' }, { type: 'string', title: '邮箱' }, '请填写正确的电子邮箱地址，如 name@example.com', 'Enter an email address such as name@example.com'],
  ['format', { format: 'date' }, { type: 'string', title: '日期' }, '请按 年-月-日 填写日期，如 2025-01-31', 'Enter a date as year-month-day, e.g. 2025-01-31'],
  ['format', { format: 'ipv4' }, { type: 'string', title: '地址' }, '地址格式不正确，请检查', '地址 is not in the expected form'],
  ['enum', { allowedValues: [] }, choice, '请从列表中选择企业类型', 'Choose 企业类型 from the list'],
  ['const', { allowedValue: 1 }, { title: '确认' }, '请从列表中选择确认', 'Choose 确认 from the list'],
  ['minItems', { limit: 1 }, items, '请至少选择一项经营项目', 'Choose at least one 经营项目'],
  ['minItems', { limit: 2 }, items, '经营项目至少选择 2 项', 'Choose at least 2 for 经营项目'],
  ['maxItems', { limit: 3 }, items, '经营项目最多选择 3 项', 'Choose at most 3 for 经营项目'],
  ['uniqueItems', { i: 0, j: 1 }, items, '经营项目中有重复的项，请删去重复的', '经营项目 lists the same entry twice; remove the repeat'],
  ['additionalProperties', { additionalProperty: 'x' }, { title: '申请内容' }, '申请内容中有表单不需要的内容，请刷新页面后重新填写', '申请内容 has something the form does not ask for; reload the page and fill it in again'],
  ['anyOf', {}, text, '联系人填写有误，请检查', 'Check 联系人'],
];

describe('form messages name the field by its title and say what to do', () => {
  for (const [keyword, params, field, zh, en] of TABLE) {
    test(`${keyword} on ${String(field?.title ?? 'an untitled field')}`, () => {
      assert.equal(fieldMessage({ keyword, params }, field, 'zh'), zh);
      assert.equal(fieldMessage({ keyword, params }, field, 'en'), en);
    });
  }

  test('a generated form refused by Ajv: one plain message per field, no keyword, property name or regex', () => {
    const { schema } = generatedForm({ name: '企业开办（设立登记）', keywords: [], applicantType: 'enterprise' });
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    const data = { applicant: { contactPhone: '12345', address: '重庆市涪陵区' }, details: { companyName: '示例', registeredCapital: -5, companyType: '其他' } };
    assert.equal(validate(data), false);
    const problems = formProblems(schema, validate.errors!, 'zh');
    const byField = Object.fromEntries(problems.map((p) => [p.path.join('.'), p.message]));
    assert.equal(byField['applicant.contactName'], '请填写联系人');
    assert.equal(byField['applicant.contactPhone'], '请填写 11 位手机号码或带区号的座机号码');
    assert.equal(byField['details.registeredCapital'], '注册资本（万元）须大于 0');
    assert.equal(byField['details.companyType'], '请从列表中选择企业类型');
    assert.equal(byField['details.companyName'], '拟设立企业名称至少填写 4 个字');
    assert.equal(problems.length, new Set(problems.map((p) => p.path.join('.'))).size, 'one message per field');
    for (const p of problems) assert.doesNotMatch(p.message, /应当|must|\^|\\d|[a-z]+[A-Z]/, p.message);
  });

  test('$ref and array items are followed to the field title', () => {
    const schema = { definitions: { name: { type: 'string', title: '姓名', minLength: 1 } }, type: 'object', properties: { people: { type: 'array', title: '人员', items: { type: 'object', properties: { name: { $ref: '#/definitions/name' } } } } } };
    assert.deepEqual(formProblems(schema, [{ instancePath: '/people/0/name', keyword: 'minLength', params: { limit: 1 } }], 'zh'), [{ path: ['people', '0', 'name'], message: '请填写姓名' }]);
  });
});
