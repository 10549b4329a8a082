import type { supplementZhCN } from './supplement.zh-CN.js';

/** English texts of the window's material checks and the supplement flow, typed by the Chinese ones. */
export const supplementEn: typeof supplementZhCN = {
  check: {
    noteOptional: 'Note (optional when in order)',
    noteRequired: 'What is missing or wrong (required)',
  },
};
