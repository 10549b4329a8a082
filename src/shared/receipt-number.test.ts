import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkCharacter, formatReceiptNumber, isValidReceiptNumber } from './receipt-number.js';

test('format: region, date, six-digit sequence, check character', () => {
  const number = formatReceiptNumber('500102', '2026-11-26', 123);
  assert.match(number, /^50010220261126000123[\dX]$/);
  assert.equal(isValidReceiptNumber(number), true);
  assert.equal(checkCharacter('50010219880612301'), '1', 'same algorithm as the ID card check character');
});

const receipt = fc.tuple(fc.integer({ min: 0, max: 999_999 }), fc.integer({ min: 0, max: 364 })).map(([seq, day]) => {
  const date = new Date(Date.UTC(2026, 0, 1 + day)).toISOString().slice(0, 10);
  return formatReceiptNumber('500102', date, seq);
});

test('any single changed digit is detected', () => {
  fc.assert(
    fc.property(receipt, fc.integer({ min: 0, max: 19 }), fc.integer({ min: 1, max: 9 }), (number, position, delta) => {
      const digit = (Number(number[position]) + delta) % 10;
      return !isValidReceiptNumber(number.slice(0, position) + digit + number.slice(position + 1));
    }),
  );
});

test('any swap of two different neighbouring characters is detected', () => {
  fc.assert(
    fc.property(receipt, fc.integer({ min: 0, max: 19 }), (number, position) => {
      const a = number[position]!;
      const b = number[position + 1]!;
      fc.pre(a !== b);
      return !isValidReceiptNumber(number.slice(0, position) + b + a + number.slice(position + 2));
    }),
  );
});
