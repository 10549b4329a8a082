export function lifeEventUrl(code: string): string {
  return `/life-events/${encodeURIComponent(code)}`;
}
