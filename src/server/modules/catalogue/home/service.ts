import { Type, type Static } from 'typebox';
import type { Db } from '../../../db/connection.js';
import { notFound } from '../../../platform/errors.js';
import { toItemSummary } from '../mapping.js';
import { ItemSummary } from '../schemas.js';
import * as repo from './repository.js';

/** The home page's starting points: what most people apply for, and life events (一件事). */

/** Cases filed within this many days count towards "hot". */
export const HOT_WINDOW_DAYS = 90;

export const HotItem = Type.Intersect([ItemSummary, Type.Object({ applications: Type.Integer({ description: `近 ${HOT_WINDOW_DAYS} 天申请件数；推荐补位的事项为 0` }) })]);
export const HotItems = Type.Object({ items: Type.Array(HotItem) });
export type HotItems = Static<typeof HotItems>;

export const LifeEventSummary = Type.Object({
  code: Type.String(),
  name: Type.String(),
  summary: Type.String(),
  audience: Type.Enum(['person', 'enterprise'], { description: '个人或企业' }),
  itemCount: Type.Integer(),
});
export const LifeEventDetail = Type.Intersect([
  LifeEventSummary,
  Type.Object({ items: Type.Array(Type.Intersect([ItemSummary, Type.Object({ note: Type.Union([Type.String(), Type.Null()]) })])) }),
]);
export type LifeEventSummary = Static<typeof LifeEventSummary>;
export type LifeEventDetail = Static<typeof LifeEventDetail>;

/**
 * The most applied-for items by real case counts; while fewer items than asked have cases (a new
 * district), the curated list fills the rest, so the home page is never empty.
 */
export async function hotItems(db: Db, limit: number, now = new Date()): Promise<HotItems> {
  const since = new Date(now.getTime() - HOT_WINDOW_DAYS * 86_400_000);
  const applied = await repo.mostAppliedItems(db, since, limit);
  const chosen = new Set(applied.map((r) => r.code));
  const fill = applied.length < limit ? (await repo.curatedItems(db, limit)).filter((r) => !chosen.has(r.code)) : [];
  return {
    items: [
      ...applied.map((r) => ({ ...toItemSummary(r), applications: Number(r.applications) })),
      ...fill.slice(0, limit - applied.length).map((r) => ({ ...toItemSummary(r), applications: 0 })),
    ],
  };
}

export async function listLifeEvents(db: Db): Promise<LifeEventSummary[]> {
  return (await repo.listLifeEvents(db)).map((e) => ({ code: e.code, name: e.name, summary: e.summary, audience: e.audience, itemCount: Number(e.item_count) }));
}

export async function getLifeEvent(db: Db, code: string): Promise<LifeEventDetail> {
  const event = await repo.findLifeEvent(db, code);
  if (!event) throw notFound(`“一件事” ${code} `);
  const items = await repo.lifeEventItems(db, event.id);
  return {
    code: event.code,
    name: event.name,
    summary: event.summary,
    audience: event.audience,
    itemCount: items.length,
    items: items.map((r) => ({ ...toItemSummary(r), note: r.note })),
  };
}
