import type { HandlingDepth, ItemCategory } from '../../shared/catalogue.js';

/**
 * Catalogue vocabulary as shown to people: the official Chinese terms, and (in en.ts) their English
 * translations, so data values from the catalogue are not left in Chinese on an English page.
 */
export const vocabularyZhCN = {
  handlingDepth: {
    full_online: '全程网办',
    online_accept: '网上受理',
    prereview_only: '网上预审',
  } satisfies Record<HandlingDepth, string>,
  category: {
    行政许可: '行政许可',
    行政确认: '行政确认',
    行政给付: '行政给付',
    行政征收: '行政征收',
    行政奖励: '行政奖励',
    行政裁决: '行政裁决',
    其他行政权力: '其他行政权力',
    公共服务: '公共服务',
  } satisfies Record<ItemCategory, string>,
};
