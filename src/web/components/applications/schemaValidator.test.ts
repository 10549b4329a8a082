import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Ajv, type ErrorObject } from 'ajv';
import { generatedForm } from '../../../server/modules/applications/forms.js';
import { interpret } from './schemaValidator.js';

/** Ajv as the server runs it: the reference the browser's interpreter must agree with. */
const ajv = new Ajv({ allErrors: true, strict: false });

const key = (e: ErrorObject) => `${e.instancePath}|${e.keyword}|${String(e.params.missingProperty ?? e.params.limit ?? '')}`;
const sorted = (errors: ErrorObject[] | null | undefined) => (errors ?? []).map(key).sort();

function agree(schema: Record<string, unknown>, data: unknown): string[] {
  const validate = ajv.compile(schema);
  validate(data);
  const expected = sorted(validate.errors);
  assert.deepEqual(sorted(interpret(schema, data)), expected, JSON.stringify(data));
  return expected;
}

const forms = {
  company: generatedForm({ name: '企业开办（设立登记）', keywords: [], applicantType: 'enterprise' }).schema,
  food: generatedForm({ name: '食品经营许可', keywords: [], applicantType: 'both' }).schema,
  construction: generatedForm({ name: '建筑工程施工许可', keywords: [], applicantType: 'enterprise' }).schema,
  vehicle: generatedForm({ name: '校车使用许可', keywords: [], applicantType: 'enterprise' }).schema,
  general: generatedForm({ name: '预告登记', keywords: [], applicantType: 'person' }).schema,
};

describe('the browser form validator (no eval, for the CSP) agrees with Ajv on the item forms', () => {
  for (const [name, schema] of Object.entries(forms)) {
    test(`${name}: empty, half-filled and wrongly filled data give Ajv's errors`, () => {
      assert.ok(agree(schema, {}).length > 0, 'an empty form is refused');
      agree(schema, { applicant: {}, details: {} });
      agree(schema, { applicant: { contactName: '', contactPhone: '12345', address: '短' }, details: {} });
      agree(schema, { applicant: { contactName: 'x'.repeat(31), contactPhone: 13800138000 }, details: { seats: 0.5, registeredCapital: -1, businessItems: ['预包装食品销售', '预包装食品销售'] } });
      agree(schema, { applicant: { contactName: '李明', contactPhone: '023-72221234', address: '重庆市涪陵区太极大道 1 号' }, details: { plateNumber: '京A12345', projectCode: '2025-500102-47-01-123456', companyType: '其他', totalFloorArea: 0 } });
    });
  }

  test('a fully filled general form has no errors in either', () => {
    const errors = agree(forms.general, { applicant: { contactName: '李明', contactPhone: '13800138000', address: '重庆市涪陵区太极大道 1 号' }, details: { matter: '申请办理' } });
    assert.deepEqual(errors, []);
  });

  test('$ref, enum, const, anyOf, oneOf, if/then and additionalProperties as Ajv reads them', () => {
    const schema = {
      definitions: { code: { type: 'string', pattern: '^[A-Z]{2}\\d{2}$' } },
      type: 'object',
      additionalProperties: false,
      properties: {
        code: { $ref: '#/definitions/code' },
        kind: { enum: ['a', 'b'] },
        fixed: { const: 1 },
        either: { anyOf: [{ type: 'string' }, { type: 'integer' }] },
        one: { oneOf: [{ type: 'integer' }, { type: 'number', minimum: 0 }] },
        tags: { type: 'array', maxItems: 2, items: { type: 'string', minLength: 2 } },
      },
      if: { properties: { kind: { const: 'b' } }, required: ['kind'] },
      then: { required: ['code'] },
    };
    for (const data of [{}, { kind: 'b' }, { kind: 'c', fixed: 2, either: true, one: 3, tags: ['x', 'yy', 'zz'], extra: 1 }, { code: 'AB12', kind: 'b', one: -1.5 }]) agree(schema, data);
  });
});
