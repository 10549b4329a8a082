import { currentLanguage } from '../../../i18n/index.js';

/** A timestamp in the interface language, always in China Standard Time (the district's clock). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(currentLanguage(), { timeZone: 'Asia/Shanghai', hour12: false });
}
