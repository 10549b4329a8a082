/** 12.3 KB / 1.2 MB: the size a person reads. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The first 8 hex digits: enough for a person to match a file against a paper list. */
export const shortSha = (sha256: string): string => sha256.slice(0, 8);

/** hh:mm in Asia/Shanghai. */
export function formatClock(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Shanghai', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}
