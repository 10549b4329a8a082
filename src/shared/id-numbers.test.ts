import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { isValidIdCardNumber, isValidUscc, maskIdNumber, maskPhone } from './id-numbers.js';

test('ID card numbers: the check character is verified', () => {
  assert.equal(isValidIdCardNumber('11010519491231002X'), true);
  assert.equal(isValidIdCardNumber('11010519491231002x'), true);
  assert.equal(isValidIdCardNumber('110105194912310021'), false);
  assert.equal(isValidIdCardNumber('11010519491331002X'), false, 'month 13');
  assert.equal(isValidIdCardNumber('1101051949123100'), false);
});

test('unified social credit codes: the check character is verified', () => {
  assert.equal(isValidUscc('91350100M000100Y43'), true);
  assert.equal(isValidUscc('91350100M000100Y44'), false);
  assert.equal(isValidUscc('91350100M000100Y4I'), false, 'I is not in the alphabet');
});

test('changing any one digit of a valid ID number is detected', () => {
  const valid = '11010519491231002X';
  fc.assert(
    fc.property(fc.integer({ min: 6, max: 16 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
      const digit = (Number(valid[position]) + delta) % 10;
      const changed = valid.slice(0, position) + digit + valid.slice(position + 1);
      return changed === valid || !isValidIdCardNumber(changed);
    }),
  );
});

test('masking keeps only the ends', () => {
  assert.equal(maskIdNumber('11010519491231002X'), '110105********002X');
  assert.equal(maskPhone('13800138000'), '138****8000');
});
