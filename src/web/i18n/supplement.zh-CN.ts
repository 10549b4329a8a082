/** Chinese texts of the window's material checks and the supplement (补正) flow; `en` copies this shape. */
export const supplementZhCN = {
  check: {
    noteOptional: '核验说明（合格时可不填）',
    noteRequired: '缺失或不合格的原因（必填）',
  },
  slots: {
    listed: '需补正：请上传新文件',
    locked: '已核验，无需补正',
  },
  card: {
    due: '补正截止日期：{{date}}',
    dueHint: '逾期未补正又无正当理由的，视为放弃申请。',
    pending: '还需为以下材料上传补正后的文件：{{names}}',
    ready: '清单上的材料都已上传新文件，可以提交补正。',
  },
  intake: {
    repeat: '再次退回补正',
    repeatHint: '再次补正只能退回首次告知清单上仍不符合要求的内容，且只能退回这一次；清单以外的问题请受理或不予受理。',
    received: '补正材料已收到：请核验标有「补正」的新文件，再决定受理、不予受理，或（首次清单上仍有不符合要求的）再次退回补正。',
    out: '已一次性告知补正，截止日期 {{date}}。',
  },
};
