import type { ThemeConfig } from 'antd';

/** Government blue for the banner; the navigation bar sits one shade darker beneath it. */
export const BANNER_BLUE = '#1a4f95';
export const NAV_BLUE = '#143f78';

/** Chinese UI first: prefer the platform's CJK fonts before antd's Latin-first default stack. */
const FONT_FAMILY = [
  '-apple-system',
  'BlinkMacSystemFont',
  '"PingFang SC"',
  '"Hiragino Sans GB"',
  '"Microsoft YaHei"',
  '"Noto Sans CJK SC"',
  '"Noto Sans SC"',
  '"Segoe UI"',
  'Roboto',
  '"Helvetica Neue"',
  'Arial',
  'sans-serif',
].join(', ');

export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: '#1f64c0',
    fontFamily: FONT_FAMILY,
  },
  components: {
    Layout: {
      headerBg: BANNER_BLUE,
      headerColor: '#ffffff',
      // The header holds two rows (banner and navigation), so its height follows its content.
      headerHeight: 'auto',
      headerPadding: 0,
      bodyBg: '#f4f6f9',
      footerBg: '#e9edf3',
    },
    Menu: {
      darkItemBg: NAV_BLUE,
      darkPopupBg: NAV_BLUE,
      darkItemColor: 'rgba(255, 255, 255, 0.88)',
      darkItemHoverColor: '#ffffff',
      darkItemSelectedBg: '#1f64c0',
      darkItemSelectedColor: '#ffffff',
    },
  },
};
