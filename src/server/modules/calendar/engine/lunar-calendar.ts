/**
 * Chinese lunisolar calendar → Gregorian dates, and the 清明 solar term, for lunar
 * years 1900–2100: just what the statutory holiday rules need.
 *
 * ICU's built-in Chinese calendar (`Intl.DateTimeFormat('…-u-ca-chinese')`) is not
 * used because its approximate astronomy misplaces some new moons that fall close
 * to midnight in Beijing: it puts the 2027 Spring Festival on 02-07 instead of 02-06.
 *
 * The table below was derived once from the 寿星天文历 algorithm (as implemented by
 * the lunar-javascript package 1.7.7) and is checked in tests against published
 * dates and against its own consistency (each year's months end where the next
 * year begins). One number per lunar year:
 *   bits  0–12  month lengths in the year's order (leap month in place), 1 = 30 days, 0 = 29
 *   bits 13–16  leap month number (0 = none), the leap month follows the month it repeats
 *   bits 17–22  day of the Gregorian year (0-based) of 正月初一
 *   bits 23–24  day of April of 清明 in that Gregorian year, minus 4
 */
import { addDays, makeDate, type IsoDate } from './dates.js';

export const LUNAR_FIRST_YEAR = 1900;
export const LUNAR_LAST_YEAR = 2100;

// prettier-ignore
const LUNAR_YEARS: readonly number[] = [
  0x0bd16d2, 0x0e20752, 0x14c0ea5, 0x138b64a, 0x0dc064b, 0x0c40a9b, 0x1309556, 0x156056a, 0x0c00b59, 0x0aa5752, // 1900
  0x1500752, 0x13adb25, 0x0e00b25, 0x0c80a4b, 0x0b2b4ab, 0x15802ad, 0x0c2056b, 0x0ac4b69, 0x0d20da9, 0x13efd92, // 1910
  0x0e40e92, 0x0cc0d25, 0x0b6ba4d, 0x15c0a56, 0x0c602b6, 0x0ae95b5, 0x0d606d4, 0x1400ea9, 0x0ac5e92, 0x0d00e92, // 1920
  0x0bacd26, 0x15e052b, 0x0c80a57, 0x0b2b2b6, 0x0d80b5a, 0x14406d4, 0x0ae6ec9, 0x0d20749, 0x0bcf693, 0x1620a93, // 1930
  0x0cc052b, 0x0b4ca5b, 0x0da0aad, 0x146056a, 0x0b09b55, 0x0d60ba4, 0x0c00b49, 0x0aa5a93, 0x0d00a95, 0x0b8f52d, // 1940
  0x0de0536, 0x0c80aad, 0x0b4b5aa, 0x0d805b2, 0x0c20da5, 0x0ae7d4a, 0x0d40d4a, 0x0bd0a95, 0x0e00a97, 0x0cc0556, // 1950
  0x0b6cab5, 0x0da0ad5, 0x0c606d2, 0x0b08ea5, 0x0d60ea5, 0x0c0064a, 0x0a86c97, 0x0ce0a9b, 0x0baf55a, 0x0de056a, // 1960
  0x0c80b69, 0x0b4b752, 0x0da0b52, 0x0c20b25, 0x0ac964b, 0x0d20a4b, 0x03d14ab, 0x0e002ad, 0x0ca056d, 0x0b6cb69, // 1970
  0x05c0da9, 0x0c60d92, 0x0b09d25, 0x0d60d25, 0x0415a4d, 0x0e40a56, 0x0ce02b6, 0x0b8c5b5, 0x05e06d5, 0x0c80ea9, // 1980
  0x0b4be92, 0x0da0e92, 0x0440d26, 0x0ac6a56, 0x0d00a57, 0x0bd14d6, 0x062035a, 0x0ca06d5, 0x0b6b6c9, 0x0dc0749, // 1990
  0x0460693, 0x0ae952b, 0x0d4052b, 0x0be0a5b, 0x02a555a, 0x0ce056a, 0x0b8fb55, 0x0e00ba4, 0x04a0b49, 0x032ba93, // 2000
  0x0d80a95, 0x0c2052d, 0x02c8aad, 0x0500ab5, 0x0bd35aa, 0x0e205d2, 0x04c0da5, 0x036dd4a, 0x0dc0d4a, 0x0c60c95, // 2010
  0x030952e, 0x0540556, 0x0be0ab5, 0x0aa55b2, 0x05006d2, 0x038cea5, 0x0de0725, 0x0c8064b, 0x032ac97, 0x0560cab, // 2020
  0x0c2055a, 0x0ac6ad6, 0x0520b69, 0x03d7752, 0x0e20b52, 0x0cc0b25, 0x036da4b, 0x05a0a4b, 0x0c404ab, 0x0aea55b, // 2030
  0x05405ad, 0x03e0b6a, 0x02a5b52, 0x0d00d92, 0x03afd25, 0x05e0d25, 0x0480a55, 0x0b2b4ad, 0x05804b6, 0x04005b5, // 2040
  0x02c6daa, 0x0d20ec9, 0x03f1e92, 0x0620e92, 0x04c0d26, 0x0b6ca56, 0x05a0a57, 0x04404d6, 0x02e86d5, 0x0d40755, // 2050
  0x0400749, 0x0286e93, 0x04e0693, 0x0b8f52b, 0x05e052b, 0x0460a5b, 0x032b55a, 0x0d8056a, 0x0420b65, 0x02c974a, // 2060
  0x0520b4a, 0x0bd1a95, 0x0620a95, 0x04a052d, 0x034caad, 0x05a0ab5, 0x04605aa, 0x02e8ba5, 0x0540da5, 0x0400d4a, // 2070
  0x02a7c95, 0x04e0c96, 0x038f94e, 0x05e0556, 0x0480ab5, 0x032b5b2, 0x05806d2, 0x0420ea5, 0x02e8e4a, 0x050068b, // 2080
  0x03b0c97, 0x06004ab, 0x04a055b, 0x034cad6, 0x05a0b6a, 0x0460752, 0x0309725, 0x0540b45, 0x03e0a8b, 0x028549b, // 2090
  0x0ce04ab, // 2100
];

function yearCode(lunarYear: number): number {
  const code = LUNAR_YEARS[lunarYear - LUNAR_FIRST_YEAR];
  if (!Number.isInteger(lunarYear) || code === undefined) {
    throw new RangeError(`lunar calendar table covers ${LUNAR_FIRST_YEAR}–${LUNAR_LAST_YEAR}, not ${lunarYear}`);
  }
  return code;
}

/**
 * The leap month of a lunar year (e.g. 6 for 闰六月 in 2025), or 0 when there is none.
 * @example lunarLeapMonth(2025) // 6
 */
export function lunarLeapMonth(lunarYear: number): number {
  return (yearCode(lunarYear) >> 13) & 0xf;
}

/**
 * Gregorian date of 正月初一 (Chinese New Year) of a lunar year.
 * @example lunarNewYear(2027) // '2027-02-06'
 */
export function lunarNewYear(lunarYear: number): IsoDate {
  const dayOfYear = (yearCode(lunarYear) >> 17) & 0x3f;
  return addDays(makeDate(lunarYear, 1, 1), dayOfYear);
}

/**
 * Lengths (29 or 30) of the months of a lunar year in calendar order; 13 entries in a leap year.
 * @example lunarMonthLengths(2024).length // 12
 */
export function lunarMonthLengths(lunarYear: number): number[] {
  const code = yearCode(lunarYear);
  const count = lunarLeapMonth(lunarYear) ? 13 : 12;
  return Array.from({ length: count }, (_, i) => ((code >> i) & 1 ? 30 : 29));
}

/**
 * Gregorian date of a lunar date. `leap` selects the repeated (闰) month.
 * @example lunarToGregorian(2025, 8, 15) // '2025-10-06' (中秋)
 */
export function lunarToGregorian(lunarYear: number, month: number, day: number, leap = false): IsoDate {
  const leapMonth = lunarLeapMonth(lunarYear);
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`lunar month must be 1–12, got ${month}`);
  if (leap && leapMonth !== month) throw new RangeError(`lunar year ${lunarYear} has no leap month ${month}`);
  // Position of the month in the year's sequence: months after a leap month shift by one.
  const index = month - 1 + (leap || (leapMonth !== 0 && month > leapMonth) ? 1 : 0);
  const lengths = lunarMonthLengths(lunarYear);
  const length = lengths[index] ?? 0;
  if (!Number.isInteger(day) || day < 1 || day > length) {
    throw new RangeError(`lunar ${lunarYear}-${leap ? '闰' : ''}${month} has ${length} days, not day ${day}`);
  }
  const offset = lengths.slice(0, index).reduce((sum, n) => sum + n, 0) + day - 1;
  return addDays(lunarNewYear(lunarYear), offset);
}

/**
 * Gregorian date of 除夕, the last day of a lunar year (the eve of the next 正月初一).
 * @example lunarNewYearsEve(2026) // '2027-02-05'
 */
export function lunarNewYearsEve(lunarYear: number): IsoDate {
  return addDays(lunarNewYear(lunarYear + 1), -1);
}

/**
 * Date of the 清明 solar term (Beijing time) in a Gregorian year, 1900–2100.
 * @example qingmingDate(2026) // '2026-04-05'
 */
export function qingmingDate(year: number): IsoDate {
  return makeDate(year, 4, 4 + ((yearCode(year) >> 23) & 0x3));
}
