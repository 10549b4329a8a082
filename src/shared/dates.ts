/**
 * The district's clock. Every date and time the platform shows is China Standard Time (Asia/Shanghai),
 * whatever zone the reader's browser or the server is in: a notice published at 01:00 on 2 March in
 * Fuling must not read "1 March" on a laptop set to UTC.
 */
const SHANGHAI = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function shanghaiParts(iso: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute', string> | undefined {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  const parts = SHANGHAI.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return { year: part('year'), month: part('month'), day: part('day'), hour: part('hour'), minute: part('minute') };
}

/**
 * An ISO instant as `YYYY-MM-DD HH:mm` in Asia/Shanghai (the same in both languages).
 * @example formatInstant('2025-10-09T02:05:00Z') // '2025-10-09 10:05'
 */
export function formatInstant(iso: string): string {
  const p = shanghaiParts(iso);
  return p ? `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}` : iso;
}

/**
 * An ISO instant as the date `YYYY-MM-DD` it falls on in Asia/Shanghai.
 * @example formatShanghaiDate('2026-03-01T17:00:00Z') // '2026-03-02'
 */
export function formatShanghaiDate(iso: string): string {
  const p = shanghaiParts(iso);
  return p ? `${p.year}-${p.month}-${p.day}` : iso;
}
