/** Accessibility aids of the page frame: skip link and 长者模式. */
export const a11yZhCN = {
  skipToContent: '跳到主要内容',
  elderMode: '长者模式',
};
