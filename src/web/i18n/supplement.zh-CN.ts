/** Chinese texts of the window's material checks and the supplement (补正) flow; `en` copies this shape. */
export const supplementZhCN = {
  check: {
    noteOptional: '核验说明（合格时可不填）',
    noteRequired: '缺失或不合格的原因（必填）',
  },
};
