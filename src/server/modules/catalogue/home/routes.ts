import { Type } from 'typebox';
import type { AppDeps, AppInstance } from '../../../http/types.js';
import { HotItems, LifeEventDetail, LifeEventSummary, getLifeEvent, hotItems, listLifeEvents } from './service.js';

const PUBLIC = { policy: { public: true } } as const;
const tags = ['catalogue'];

/** Public: hot items and life events for the home page. */
export async function homeRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const { db } = deps;

  app.get(
    '/api/v1/hot-items',
    {
      config: PUBLIC,
      schema: {
        tags,
        summary: '热门事项（按近期申请件数；不足时以推荐事项补足）',
        querystring: Type.Object({ limit: Type.Integer({ minimum: 1, maximum: 20, default: 8 }) }, { additionalProperties: false }),
        response: { 200: HotItems },
      },
    },
    async (request) => hotItems(db, request.query.limit),
  );

  app.get(
    '/api/v1/life-events',
    { config: PUBLIC, schema: { tags, summary: '“一件事”主题列表', response: { 200: Type.Object({ lifeEvents: Type.Array(LifeEventSummary) }) } } },
    async () => ({ lifeEvents: await listLifeEvents(db) }),
  );

  app.get(
    '/api/v1/life-events/:code',
    {
      config: PUBLIC,
      schema: { tags, summary: '“一件事”及其包含的事项', params: Type.Object({ code: Type.String({ minLength: 2, maxLength: 32 }) }), response: { 200: LifeEventDetail } },
    },
    async (request) => getLifeEvent(db, request.params.code),
  );
}
