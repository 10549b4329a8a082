import type { Translation } from './zh-CN.js';

export const a11yEn: Translation['a11y'] = {
  skipToContent: 'Skip to main content',
  elderMode: 'Large text',
};
