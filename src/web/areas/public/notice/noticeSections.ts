import type { ItemDetail } from '../../../api/catalogue.js';

/** The parts of a one-time notice in reading order; each id is also the part's #anchor. */
export const NOTICE_SECTIONS = ['basic', 'timing', 'conditions', 'materials', 'process', 'result', 'joint', 'window', 'contact'] as const;
export type NoticeSectionId = (typeof NOTICE_SECTIONS)[number];

/** Only joint items have a 并联审批 part. */
export function sectionsOf(item: Pick<ItemDetail, 'joint'>): NoticeSectionId[] {
  return NOTICE_SECTIONS.filter((section) => section !== 'joint' || item.joint);
}
