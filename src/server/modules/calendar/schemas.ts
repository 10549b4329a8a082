import { Type, type Static } from 'typebox';

/** JSON Schemas of the calendar: request validation, the OpenAPI document and the exchange format. */

const IsoDate = (description: string) =>
  Type.String({ format: 'date', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description, examples: ['2025-09-25'] });

export const DAY_KINDS = ['workday', 'weekend', 'holiday', 'makeup_workday'] as const;
/** Largest working-day limit a deadline query accepts (about 14 years). */
export const MAX_DEADLINE_DAYS = 3650;
/** Most days one `GET /calendar/days` answers. */
export const MAX_LISTED_DAYS = 400;
/** Largest iCalendar import, in bytes of the JSON request body. */
export const MAX_ICS_BYTES = 1024 * 1024;

export const DeadlineQuery = Type.Object(
  {
    start: IsoDate('起算日（不计入期限）'),
    days: Type.Integer({ minimum: 0, maximum: MAX_DEADLINE_DAYS, description: '期限（工作日）' }),
  },
  { additionalProperties: false },
);
export type DeadlineQuery = Static<typeof DeadlineQuery>;

export const Deadline = Type.Object(
  {
    start: Type.String({ format: 'date' }),
    days: Type.Integer(),
    due: Type.String({ format: 'date', description: '届满日：起算日之后第 days 个工作日' }),
    provisional: Type.Boolean({ description: '计算涉及尚未公布放假安排的年份（按法定节日规则推算），结果可能变化' }),
  },
  { title: '工作日期限' },
);
export type Deadline = Static<typeof Deadline>;

export const DaysQuery = Type.Object(
  {
    from: IsoDate('开始日期（含）'),
    to: IsoDate(`结束日期（含），与开始日期相隔不超过 ${MAX_LISTED_DAYS} 天`),
  },
  { additionalProperties: false },
);
export type DaysQuery = Static<typeof DaysQuery>;

export const CalendarDay = Type.Object(
  {
    date: Type.String({ format: 'date' }),
    workday: Type.Boolean({ description: '是否工作日' }),
    kind: Type.Enum(DAY_KINDS, { description: 'workday 工作日；weekend 周末；holiday 节假日；makeup_workday 调休上班' }),
    name: Type.Union([Type.String(), Type.Null()], { description: '节日或调整名称' }),
    provisional: Type.Boolean({ description: '该年放假安排尚未公布，按法定节日规则推算' }),
    override: Type.Boolean({ description: '管理员调整或日历导入的日期（优先于官方安排）' }),
  },
  { title: '日历日' },
);
export type CalendarDay = Static<typeof CalendarDay>;

export const DayList = Type.Object({ days: Type.Array(CalendarDay) });

const RecomputedCases = Type.Integer({ description: '到期日随之重新计算的在办件数' });

/** The day as the calendar now shows it, and what the change did to open cases. */
export const SetDayResult = Type.Object({ ...CalendarDay.properties, recomputedCases: RecomputedCases }, { title: '日历调整结果' });
export type SetDayResult = Static<typeof SetDayResult>;

export const DateParams = Type.Object({ date: IsoDate('日期') });

export const SetDayBody = Type.Object(
  {
    workday: Type.Boolean({ description: 'true 上班；false 放假' }),
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: '名称，如“国庆节”“调休上班”' })),
  },
  { additionalProperties: false },
);
export type SetDayBody = Static<typeof SetDayBody>;

export const ImportBody = Type.Object(
  { ics: Type.String({ minLength: 1, maxLength: MAX_ICS_BYTES, description: 'iCalendar（RFC 5545）文本：全天事件为放假日，名称含“班”或 X-WORKDAY:TRUE 为调休上班日' }) },
  { additionalProperties: false },
);

export const ImportResult = Type.Object({
  imported: Type.Integer({ description: '导入的日期数' }),
  workdays: Type.Integer({ description: '其中上班日' }),
  holidays: Type.Integer({ description: '其中放假日' }),
  recomputedCases: RecomputedCases,
});
export type ImportResult = Static<typeof ImportResult>;
