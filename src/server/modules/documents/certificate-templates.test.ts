import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { fillTemplate, FOOD_LICENCE, formatValue, needsCreditCode, templatesFor, valueAt, type CertificateFacts } from './certificate-templates.js';

const facts: CertificateFacts = {
  creditCode: null,
  applicantName: '李明',
  applicantKind: 'person',
  itemName: '食品经营许可',
  itemCode: 'X-1',
  issuedOn: '2026-03-10',
  department: '重庆市涪陵区市场监督管理局',
};
const item = (name: string, co: string[] = [], keywords: string[] = []) => ({ name, keywords, certificateName: '', coDepartments: co.map((code) => ({ code, name: code, shortName: code })) });

describe('certificate templates: which documents an item issues, and what they say', () => {
  const bundles: [string, ReturnType<typeof item>, unknown, string[]][] = [
    ['企业开办 with its four departments', item('企业开办（一窗通办）', ['ga', 'sw', 'rs']), {}, ['business_licence', 'seal_record', 'tax_registration', 'social_insurance']],
    ['企业开办 without a seal', item('企业开办（一窗通办）', ['ga', 'sw', 'rs']), { details: { needSeal: false } }, ['business_licence', 'tax_registration', 'social_insurance']],
    ['a company registration alone', item('有限责任公司设立登记'), {}, ['business_licence']],
    ['a food business licence', item('食品经营许可'), {}, ['food_licence']],
    ['a joint construction item: co-departments give opinions, not documents', item('建设工程规划许可证核发', ['zj', 'xf']), {}, ['certificate']],
    ['a personal item', item('居民身份证申领'), {}, ['certificate']],
  ];
  for (const [name, it, form, types] of bundles) test(name, () => assert.deepEqual(templatesFor(it, form).map((t) => t.type), types));

  test('only bundles that print it get a credit code', () => {
    assert.equal(needsCreditCode(templatesFor(item('企业开办（一窗通办）', ['ga']), {})), true);
    assert.equal(needsCreditCode(templatesFor(item('食品经营许可'), {})), false);
  });

  test('the food licence names the store from the form, else the applicant; empty lines are left out', () => {
    const filled = fillTemplate(FOOD_LICENCE, { details: { storeName: '涪陵老街面馆', businessAddress: '涪陵区人民路 8 号', businessItems: ['热食类食品制售', '自制饮品制售'] } }, facts);
    assert.deepEqual(filled, {
      holder: '涪陵老街面馆',
      holderKind: 'enterprise',
      lines: [
        { label: '经营场所', value: '涪陵区人民路 8 号' },
        { label: '经营项目', value: '热食类食品制售、自制饮品制售' },
        { label: '许可事项', value: '食品经营许可' },
      ],
    });
    assert.deepEqual(fillTemplate(FOOD_LICENCE, {}, facts).holder, '李明');
    assert.equal(fillTemplate(FOOD_LICENCE, {}, facts).holderKind, 'person', 'a person applying without a store name stays a person');
  });

  const values: [unknown, Parameters<typeof formatValue>[1], string][] = [
    [300, 'capital', '人民币300万元'],
    [12.5, 'capital', '人民币12.5万元'],
    [true, 'yesno', '是'],
    [false, 'yesno', '否'],
    [8, 'count', '8人'],
    ['2026-03-10', 'date', '2026年3月10日'],
    [['甲', '乙'], 'text', '甲、乙'],
    ['  文本  ', 'text', '文本'],
    [undefined, 'text', ''],
    [{ nested: 1 }, 'text', ''],
  ];
  for (const [value, format, expected] of values) test(`formats ${JSON.stringify(value)} as ${format}: “${expected}”`, () => assert.equal(formatValue(value, format), expected));

  test('form paths', () => {
    assert.equal(valueAt({ a: { b: 'x' } }, 'a.b'), 'x');
    assert.equal(valueAt({ a: null }, 'a.b'), undefined);
    assert.equal(valueAt({ a: ['x'] }, 'a.0'), undefined);
  });
});
