import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readonlyWhereFilled } from './prefill.js';

test('readonlyWhereFilled marks only the given paths that hold a value, keeping the rest of the UI schema', () => {
  const paths = [
    ['applicant', 'contactName'],
    ['applicant', 'contactPhone'],
    ['applicant', 'organisation'],
  ];
  const cases: [string, Record<string, unknown>, Record<string, unknown>, Record<string, unknown>][] = [
    ['nothing filled', {}, { details: { matter: { 'ui:widget': 'textarea' } } }, { details: { matter: { 'ui:widget': 'textarea' } } }],
    [
      'a person’s name and phone',
      { applicant: { contactName: '王秀英', contactPhone: '13900001111' } },
      { applicant: { address: { 'ui:widget': 'textarea' } } },
      { applicant: { address: { 'ui:widget': 'textarea' }, contactName: { 'ui:readonly': true }, contactPhone: { 'ui:readonly': true } } },
    ],
    [
      'an enterprise: organisation and phone, the contact person still asked',
      { applicant: { organisation: '某某商行', contactPhone: '13900001111', contactName: '' } },
      {},
      { applicant: { organisation: { 'ui:readonly': true }, contactPhone: { 'ui:readonly': true } } },
    ],
  ];
  for (const [name, formData, ui, expected] of cases) assert.deepEqual(readonlyWhereFilled(ui, formData, paths), expected, name);
});
