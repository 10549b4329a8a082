import type { supplementZhCN } from './supplement.zh-CN.js';

/** English texts of the window's material checks and the supplement flow, typed by the Chinese ones. */
export const supplementEn: typeof supplementZhCN = {
  check: {
    noteOptional: 'Note (optional when in order)',
    noteRequired: 'What is missing or wrong (required)',
  },
  slots: {
    listed: 'To correct: upload a new file',
    locked: 'Checked, nothing to change',
  },
  card: {
    due: 'Hand in by {{date}}',
    dueHint: 'Without a good reason, an application not completed in time is treated as withdrawn.',
    pending: 'Still to upload a corrected file for: {{names}}',
    ready: 'Every material on the list has a new file: you can hand in the supplement.',
  },
  intake: {
    repeat: 'Return for correction again',
    repeatHint: 'A second request may only return what is still wrong on the first list, and only this once; for anything else, accept or refuse.',
    received: 'The supplement has arrived: check the new files marked "supplement", then accept, refuse, or (if something on the first list is still wrong) return it once more.',
    out: 'Supplement requested; due {{date}}.',
  },
};
