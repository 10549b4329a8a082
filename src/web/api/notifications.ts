/** The caller's own notices (站内通知): list with the unread count, mark read. */
import { apiGet, apiPost, type RequestOptions } from './client.js';

export interface Notice {
  id: number;
  caseId: number | null;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
  deliveries: { channel: 'email' | 'sms'; status: 'queued' | 'sent' | 'failed' | 'skipped' }[];
}

export interface NoticePage {
  items: Notice[];
  unread: number;
  nextCursor: number | null;
}

export function fetchNotices(query: { unread?: boolean; limit?: number; cursor?: number | null }, options: RequestOptions = {}): Promise<NoticePage> {
  const params = new URLSearchParams();
  if (query.unread) params.set('unread', 'true');
  if (query.limit) params.set('limit', String(query.limit));
  if (query.cursor) params.set('cursor', String(query.cursor));
  return apiGet<NoticePage>(`/api/v1/notifications?${params}`, options);
}

export function markNoticeRead(id: number): Promise<Notice & { unread: number }> {
  return apiPost(`/api/v1/notifications/${id}/read`);
}

export function markAllNoticesRead(): Promise<{ marked: number; unread: number }> {
  return apiPost('/api/v1/notifications/read-all');
}

/** Fired on window when the unread count may have changed, so the header bell counts again. */
export const NOTICES_CHANGED = 'onewindow:notices-changed';

export function announceNoticesChanged(): void {
  window.dispatchEvent(new Event(NOTICES_CHANGED));
}
