import type { AppDeps, AppInstance } from '../../http/types.js';
import { registerChannels } from './channels.js';
import { NoticeId, NoticeList, NoticeListQuery, ReadAllResult, ReadNotice } from './schemas.js';
import { listNotices, markAllNoticesRead, markNoticeRead } from './service.js';

const OWN = { policy: { signedIn: true } } as const;
const tags = ['notifications'];

/** HTTP surface of the notifications module (通知): every signed-in user's own inbox. */
export async function notificationsRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const { db } = deps;
  // Case changes made through this app write notices with this process's channels.
  registerChannels(deps.config, deps.logger);

  app.get(
    '/api/v1/notifications',
    { config: OWN, schema: { tags, summary: '我的通知（最新在前）与未读数', querystring: NoticeListQuery, response: { 200: NoticeList } } },
    async (request) => listNotices(db, request.actor, request.query),
  );

  app.post(
    '/api/v1/notifications/:id/read',
    { config: OWN, schema: { tags, summary: '标为已读（只能是自己的通知）', params: NoticeId, response: { 200: ReadNotice } } },
    async (request) => markNoticeRead(db, request.actor, request.params.id),
  );

  app.post(
    '/api/v1/notifications/read-all',
    { config: OWN, schema: { tags, summary: '全部标为已读', response: { 200: ReadAllResult } } },
    async (request) => markAllNoticesRead(db, request.actor),
  );
}
