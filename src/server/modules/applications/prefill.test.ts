import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ApplicantProfile } from '../identity/applicant-profile.js';
import { generatedForm } from './forms.js';
import { prefilledForm } from './prefill.js';

const companyForm = generatedForm({ name: '企业开办（设立登记）', keywords: [], applicantType: 'enterprise' }).schema;
const personForm = generatedForm({ name: '预告登记', keywords: [], applicantType: 'person' }).schema;
const enterprise: ApplicantProfile = { kind: 'enterprise', name: '王芳（经办人）', phone: '13800000002', enterpriseName: '重庆市涪陵区示例商贸有限公司', creditCode: '91500102MA5U7G8K20' };
const person: ApplicantProfile = { kind: 'person', name: '李明', phone: '13800000001', enterpriseName: null, creditCode: null };

describe('a new application is prefilled from the account, only into fields its form has', () => {
  const cases: [string, Record<string, unknown>, ApplicantProfile, Record<string, unknown>][] = [
    ['an enterprise on a company form', companyForm, enterprise, { applicant: { contactName: '王芳', contactPhone: '13800000002', organisation: '重庆市涪陵区示例商贸有限公司', creditCode: '91500102MA5U7G8K20' } }],
    ['a person on a person form (no organisation fields there)', personForm, person, { applicant: { contactName: '李明', contactPhone: '13800000001' } }],
    ['a person on an enterprise form leaves the organisation empty', companyForm, person, { applicant: { contactName: '李明', contactPhone: '13800000001' } }],
    ['an account without a phone', personForm, { ...person, phone: null }, { applicant: { contactName: '李明' } }],
    ['an administrator’s form without an applicant block', { type: 'object', properties: { matter: { type: 'string' } } }, enterprise, {}],
    ['a name with an ASCII note', personForm, { ...person, name: '张三 (代理人)' }, { applicant: { contactName: '张三', contactPhone: '13800000001' } }],
  ];
  for (const [name, schema, profile, expected] of cases) {
    test(name, () => assert.deepEqual(prefilledForm(schema, profile), expected));
  }
});
