/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters.
 *
 *   1      registration authority (9 = market supervision / 工商)
 *   2      entity category under it (1 enterprise, 2 individual business, 3 farmers' co-operative)
 *   3–8    administrative division of the registering authority (GB/T 2260)
 *   9–17   the organisation code (GB 11714: 8 body characters + its own check character)
 *   18     check character over the first 17
 *
 * Pure: a code is made from its parts; the serial that makes it unique comes from the caller.
 */

/** The 31 characters GB 32100 uses (no I, O, S, V, Z), in value order 0–30. */
export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights of positions 1–17: 3^(i−1) mod 31. */
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 11714 weights of the organisation code's 8 body characters. */
const ORGANISATION_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

export const CREDIT_CODE_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The 18th character for the first 17 (which must use the GB 32100 characters). */
export function creditCheckCharacter(first17: string): string {
  if (first17.length !== 17) throw new Error('a credit code check is computed over 17 characters');
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARSET.indexOf(first17[i]!);
    if (value < 0) throw new Error(`'${first17[i]}' is not a credit code character`);
    sum += value * CREDIT_WEIGHTS[i]!;
  }
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31]!;
}

/** GB 11714 check character of an 8-character organisation code body: digits, then A=10 … Z=35. */
export function organisationCheckCharacter(body: string): string {
  if (!/^[0-9A-Z]{8}$/.test(body)) throw new Error('an organisation code body is 8 digits or capital letters');
  const sum = [...body].reduce((acc, c, i) => acc + parseInt(c, 36) * ORGANISATION_WEIGHTS[i]!, 0);
  const check = 11 - (sum % 11);
  return check === 10 ? 'X' : check === 11 ? '0' : String(check);
}

/** Whether a code is well formed and both its check characters are right. */
export function isValidCreditCode(code: string): boolean {
  if (!CREDIT_CODE_PATTERN.test(code)) return false;
  if (creditCheckCharacter(code.slice(0, 17)) !== code[17]) return false;
  return organisationCheckCharacter(code.slice(8, 16)) === code[16];
}

export type EntityCategory = 'enterprise' | 'individual_business' | 'cooperative';
const CATEGORY_DIGIT: Record<EntityCategory, string> = { enterprise: '1', individual_business: '2', cooperative: '3' };

/**
 * The code of a newly registered market entity. The organisation code body is `MA` (the block
 * given to codes assigned with the credit code since 2015) followed by the serial in six
 * credit-code characters, so distinct serials give distinct codes (31^6 ≈ 887 million per division).
 * @example newCreditCode('500102', 'enterprise', 1) // '91500102MA0000015T'
 */
export function newCreditCode(divisionCode: string, category: EntityCategory, serial: number): string {
  if (!/^\d{6}$/.test(divisionCode)) throw new Error('the division code is 6 digits');
  if (!Number.isInteger(serial) || serial < 0 || serial >= 31 ** 6) throw new Error('the serial is out of range');
  let rest = serial;
  let digits = '';
  for (let i = 0; i < 6; i++) {
    digits = CREDIT_CODE_CHARSET[rest % 31]! + digits;
    rest = Math.floor(rest / 31);
  }
  const body = `MA${digits}`;
  const first17 = `9${CATEGORY_DIGIT[category]}${divisionCode}${body}${organisationCheckCharacter(body)}`;
  return `${first17}${creditCheckCharacter(first17)}`;
}

/** Which category a form's 企业类型 is registered under. */
export function categoryOf(companyType: unknown): EntityCategory {
  if (companyType === '个体工商户') return 'individual_business';
  if (typeof companyType === 'string' && companyType.includes('合作社')) return 'cooperative';
  return 'enterprise';
}
