import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formAnswers } from './formAnswers.js';

const words = { yes: '是', no: '否' };
const schema = {
  properties: {
    applicant: { title: '申请人信息', properties: { contactName: { title: '联系人' }, contactPhone: { title: '联系电话' } } },
    details: { title: '申请内容', properties: { companyName: { title: '拟设立企业名称' }, needSeal: { title: '同时申请公章刻制备案' }, items: { title: '经营项目' } } },
  },
};

test('answers follow the schema order with its titles; booleans and lists are written out; empty answers are left out', () => {
  const data = {
    details: { items: ['预包装食品销售', '热食类食品制售'], needSeal: false, companyName: '示例科技有限公司', empty: '' },
    applicant: { contactPhone: '13800000002', contactName: '王芳' },
  };
  assert.deepEqual(formAnswers(schema, data, words), [
    { path: 'applicant.contactName', section: '申请人信息', label: '联系人', value: '王芳' },
    { path: 'applicant.contactPhone', section: '申请人信息', label: '联系电话', value: '13800000002' },
    { path: 'details.companyName', section: '申请内容', label: '拟设立企业名称', value: '示例科技有限公司' },
    { path: 'details.needSeal', section: '申请内容', label: '同时申请公章刻制备案', value: '否' },
    { path: 'details.items', section: '申请内容', label: '经营项目', value: '预包装食品销售、热食类食品制售' },
  ]);
});

test('a field the schema no longer names is still shown, under its key', () => {
  assert.deepEqual(formAnswers(schema, { details: { removedField: 3 } }, words), [{ path: 'details.removedField', section: '申请内容', label: 'removedField', value: '3' }]);
  assert.deepEqual(formAnswers(null, { a: 1 }, words), [{ path: 'a', section: null, label: 'a', value: '1' }]);
});
