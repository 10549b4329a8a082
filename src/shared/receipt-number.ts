/**
 * Receipt numbers (办件编号): region code (6) + date (8) + daily sequence (6) + one check
 * character, ISO 7064 MOD 11-2 (as on ID cards: 0–9 or X). The check character catches every
 * single mistyped digit and every swap of two neighbouring digits.
 *
 * @example formatReceiptNumber('500102', '2026-11-26', 123) // '50010220261126000123' + check
 */
export function checkCharacter(digits: string): string {
  let sum = 0;
  for (const digit of digits) sum = ((sum + Number(digit)) * 2) % 11;
  const check = (12 - sum) % 11;
  return check === 10 ? 'X' : String(check);
}

export function formatReceiptNumber(regionCode: string, isoDate: string, sequence: number): string {
  const body = `${regionCode}${isoDate.replace(/-/g, '')}${String(sequence).padStart(6, '0')}`;
  return `${body}${checkCharacter(body)}`;
}

export function isValidReceiptNumber(value: string): boolean {
  const normalised = value.trim().toUpperCase();
  if (!/^\d{20}[\dX]$/.test(normalised)) return false;
  return checkCharacter(normalised.slice(0, 20)) === normalised[20];
}
