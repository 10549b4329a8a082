import { Type } from 'typebox';
import type { AppDeps, AppInstance } from '../../http/types.js';
import { actorName } from '../identity/actor.js';
import { DateParams, DayList, Deadline, DeadlineQuery, DaysQuery, ImportBody, ImportResult, MAX_ICS_BYTES, SetDayBody, SetDayResult } from './schemas.js';
import * as calendar from './service.js';

const PUBLIC = { policy: { public: true } } as const;
const MANAGE = { policy: { permission: 'calendar.manage' } } as const;
const NoContent = { 204: Type.Null() };
const tags = ['calendar'];
const adminTags = ['calendar-admin'];

/**
 * The working-day calendar: public deadline arithmetic and day listings; administrators'
 * per-day overrides and iCalendar imports (permission `calendar.manage`).
 */
export async function calendarRoutes(app: AppInstance, deps: AppDeps): Promise<void> {
  const { db } = deps;
  const actorOf = (request: { actor: Parameters<typeof actorName>[0]; id: string }) => ({ id: actorName(request.actor), requestId: request.id });

  app.get(
    '/api/v1/calendar/deadline',
    {
      config: PUBLIC,
      schema: { tags, summary: '工作日期限：起算日之后第 N 个工作日（起算日不计入，节假日与调休按官方安排）', querystring: DeadlineQuery, response: { 200: Deadline } },
    },
    async (request) => calendar.getDeadline(db, request.query.start, request.query.days),
  );

  app.get(
    '/api/v1/calendar/days',
    { config: PUBLIC, schema: { tags, summary: '日历：每天是否工作日、类型、节日名称（一次最多 400 天）', querystring: DaysQuery, response: { 200: DayList } } },
    async (request) => ({ days: await calendar.listDays(db, request.query.from, request.query.to) }),
  );

  app.put(
    '/api/v1/admin/calendar/days/:date',
    {
      config: MANAGE,
      schema: { tags: adminTags, summary: '调整某一天为上班或放假（优先于官方安排）', params: DateParams, body: SetDayBody, response: { 200: SetDayResult } },
    },
    async (request) => calendar.setDay(db, actorOf(request), { date: request.params.date, ...request.body }),
  );

  app.delete(
    '/api/v1/admin/calendar/days/:date',
    { config: MANAGE, schema: { tags: adminTags, summary: '取消某一天的调整（恢复官方安排）', params: DateParams, response: NoContent } },
    async (request, reply) => {
      await calendar.removeOverride(db, actorOf(request), request.params.date);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/admin/calendar/import',
    {
      config: MANAGE,
      // The ics text is at most MAX_ICS_BYTES characters; JSON escaping of line breaks needs headroom.
      bodyLimit: 2 * MAX_ICS_BYTES,
      schema: { tags: adminTags, summary: '导入 iCalendar 节假日（全天事件；名称含“班”为调休上班）', body: ImportBody, response: { 200: ImportResult } },
    },
    async (request) => calendar.importICalendar(db, actorOf(request), request.body.ics),
  );
}
