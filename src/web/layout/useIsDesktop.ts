import { Grid } from 'antd';

/**
 * True from antd's `md` breakpoint (768 px) up: wide enough for the horizontal navigation bar.
 * Before antd has measured the screen the value is `undefined`; treat that as desktop, the
 * layout most visitors of a government portal start from, and let the layout effect correct it.
 */
export function useIsDesktop(): boolean {
  const screens = Grid.useBreakpoint();
  return screens.md ?? true;
}
