import type { Translation } from './zh-CN.js';

export const vocabularyEn: Translation['vocabulary'] = {
  handlingDepth: {
    full_online: 'Fully online',
    online_accept: 'Online application',
    prereview_only: 'Online pre-review',
  },
  category: {
    行政许可: 'Administrative licence',
    行政确认: 'Administrative confirmation',
    行政给付: 'Administrative benefit',
    行政征收: 'Administrative levy',
    行政奖励: 'Administrative award',
    行政裁决: 'Administrative ruling',
    其他行政权力: 'Other administrative power',
    公共服务: 'Public service',
  },
};
