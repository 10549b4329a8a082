/**
 * A small, tolerant reader for holiday feeds in iCalendar (RFC 5545) form, turning
 * all-day VEVENTs into day entries an administrator can review and import as overrides.
 */
import { addDays, compareDates, daysBetween, isIsoDate, type IsoDate } from './dates.js';
import type { DayOverride } from './types.js';

export interface ICalendarDay extends DayOverride {
  readonly name: string;
}

interface Property {
  readonly name: string;
  readonly params: string;
  readonly value: string;
}

/** RFC 5545 §3.1: a line starting with a space or tab continues the previous one. */
function unfoldLines(text: string): string[] {
  return text.replace(/\r\n?/g, '\n').replace(/\n[ \t]/g, '').split('\n');
}

function parseProperty(line: string): Property | undefined {
  // The value starts at the first colon outside a quoted parameter value.
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ':' && !quoted) {
      const head = line.slice(0, i);
      const semicolon = head.indexOf(';');
      const name = (semicolon < 0 ? head : head.slice(0, semicolon)).trim().toUpperCase();
      return { name, params: semicolon < 0 ? '' : head.slice(semicolon + 1).toUpperCase(), value: line.slice(i + 1).trim() };
    }
  }
  return undefined;
}

function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}

/** `20251001` → '2025-10-01'; undefined for date-times (not all-day) and junk. */
function parseDateValue(value: string): IsoDate | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (!m) return undefined;
  const date = `${m[1]}-${m[2]}-${m[3]}`;
  return isIsoDate(date) ? date : undefined;
}

/** Days of an all-day `DURATION` (`P3D`, `P1W`); undefined for anything finer. */
function parseDurationDays(value: string): number | undefined {
  const m = /^\+?P(?:(\d+)W)?(?:(\d+)D)?$/.exec(value.toUpperCase());
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  return Number(m[1] ?? 0) * 7 + Number(m[2] ?? 0);
}

const WORKDAY_MARKERS = /班/; // 班, 上班, 补班, 调休上班
const MAX_EVENT_DAYS = 31;

function eventDays(props: readonly Property[]): ICalendarDay[] {
  const get = (name: string): Property | undefined => props.find((p) => p.name === name);
  if (get('STATUS')?.value.toUpperCase() === 'CANCELLED') return [];
  const startProp = get('DTSTART');
  const start = startProp && parseDateValue(startProp.value);
  if (!start) return []; // timed or malformed: not an all-day entry
  const name = unescapeText(get('SUMMARY')?.value ?? '').trim();
  const workday = get('X-WORKDAY')?.value.toUpperCase() === 'TRUE' || WORKDAY_MARKERS.test(name);

  const endProp = get('DTEND');
  const durationProp = get('DURATION');
  const end = endProp ? parseDateValue(endProp.value) : undefined;
  const durationDays = durationProp ? parseDurationDays(durationProp.value) : undefined;
  // DTEND is exclusive; a missing or non-advancing end means a one-day event.
  let count = 1;
  if (end && compareDates(end, start) > 0) count = daysBetween(start, end);
  else if (!endProp && durationDays !== undefined && durationDays > 0) count = durationDays;
  if (count > MAX_EVENT_DAYS) return []; // no holiday lasts that long: a broken feed, not a year off
  return Array.from({ length: count }, (_, i) => ({ date: addDays(start, i), workday, name }));
}

/**
 * Reads all-day VEVENTs: each day from DTSTART (VALUE=DATE) up to the exclusive DTEND
 * becomes an entry. A SUMMARY containing 班 (上班, 补班) or `X-WORKDAY:TRUE` marks a
 * make-up working day; anything else is a day off. Timed and cancelled events are skipped.
 *
 * @example
 * parseICalendar('BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20251001\r\nDTEND;VALUE=DATE:20251003\r\nSUMMARY:国庆节\r\nEND:VEVENT\r\nEND:VCALENDAR');
 * // [{ date: '2025-10-01', workday: false, name: '国庆节' }, { date: '2025-10-02', workday: false, name: '国庆节' }]
 */
export function parseICalendar(text: string): ICalendarDay[] {
  const days: ICalendarDay[] = [];
  let event: Property[] | undefined;
  let nestedDepth = 0; // VALARM and friends inside a VEVENT carry their own properties
  for (const line of unfoldLines(text)) {
    const prop = parseProperty(line);
    if (!prop) continue;
    const value = prop.value.toUpperCase();
    if (prop.name === 'BEGIN') {
      if (value === 'VEVENT' && event === undefined) event = [];
      else if (event !== undefined) nestedDepth++;
    } else if (prop.name === 'END') {
      if (event !== undefined && nestedDepth > 0) nestedDepth--;
      else if (value === 'VEVENT' && event !== undefined) {
        days.push(...eventDays(event));
        event = undefined;
      }
    } else if (event !== undefined && nestedDepth === 0) {
      event.push(prop);
    }
  }
  return days;
}
