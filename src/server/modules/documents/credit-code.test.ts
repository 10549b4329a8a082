import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { categoryOf, creditCheckCharacter, isValidCreditCode, newCreditCode, organisationCheckCharacter } from './credit-code.js';

describe('unified social credit code (GB 32100)', () => {
  // Codes printed on real business licences: both check characters must come out as printed.
  for (const code of ['91330100716105852F', '9144030071526726XG', '914403001922038216', '91110108551385082Q']) {
    test(`accepts the published code ${code}`, () => {
      assert.equal(creditCheckCharacter(code.slice(0, 17)), code[17]);
      assert.equal(organisationCheckCharacter(code.slice(8, 16)), code[16]);
      assert.equal(isValidCreditCode(code), true);
    });
  }

  const rejected: [string, string][] = [
    ['91330100716105852G', 'wrong final check character'],
    ['91330100716105862F', 'wrong organisation check character (and final)'],
    ['9133010071610585', 'too short'],
    ['91330100716105852I', 'I is not a code character'],
    ['9A330100716105852F', 'letters in the division code'],
    ['', 'empty'],
  ];
  for (const [code, why] of rejected) test(`rejects ${code || '(empty)'}: ${why}`, () => assert.equal(isValidCreditCode(code), false));

  const generated: [string, Parameters<typeof newCreditCode>[1], number, string][] = [
    ['500102', 'enterprise', 0, '91500102MA00000070'],
    ['500102', 'enterprise', 1, '91500102MA0000015T'],
    ['500102', 'individual_business', 31 ** 6 - 1, '92500102MAYYYYYY2Y'],
  ];
  for (const [division, category, serial, expected] of generated) {
    test(`a new ${category} in ${division} with serial ${serial} gets ${expected}, a valid code`, () => {
      const code = newCreditCode(division, category, serial);
      assert.equal(code, expected);
      assert.equal(code.length, 18);
      assert.equal(isValidCreditCode(code), true);
    });
  }

  test('distinct serials give distinct codes', () => {
    const codes = new Set(Array.from({ length: 2000 }, (_, i) => newCreditCode('500102', 'enterprise', i * 997)));
    assert.equal(codes.size, 2000);
    for (const code of codes) assert.ok(isValidCreditCode(code), code);
  });

  test('refuses a serial out of range or a malformed division', () => {
    assert.throws(() => newCreditCode('500102', 'enterprise', 31 ** 6));
    assert.throws(() => newCreditCode('5001', 'enterprise', 1));
  });

  test('the form’s company type picks the category digit', () => {
    assert.equal(categoryOf('有限责任公司'), 'enterprise');
    assert.equal(categoryOf('个体工商户'), 'individual_business');
    assert.equal(categoryOf('农民专业合作社'), 'cooperative');
    assert.equal(categoryOf(undefined), 'enterprise');
  });
});
