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

const PRIMARY = '#1f64c0';

/**
 * Preset tags write their text in the palette's 7th shade. antd knows each shade under two names
 * (`green7`, `green-7`) that become one CSS variable, so both must be set for the override to hold.
 */
function tagTextShades(shades: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(shades).flatMap(([colour, shade]) => [[`${colour}7`, shade], [`${colour}-7`, shade]]));
}

/**
 * antd's defaults fall short of WCAG AA's 4.5:1 for normal text on the page's light greys
 * (#f4f6f9 body, #e9edf3 footer): secondary and tertiary text at 45 % black (3.3:1), links in
 * #1677ff (3.5:1), success and error texts, and the 7th shade that preset tags (green, orange,
 * gold) write on their pale backgrounds. Each is set here once, at the darkest shade that still
 * reads as the same colour, rather than patched page by page.
 */
const READABLE_COLOURS = {
  colorInfo: PRIMARY, // links derive from it: 4.9:1 on the footer
  // antd lightens primary on hover (3.9:1 under white text): a pointer resting on a button must not make it unreadable.
  colorPrimaryHover: '#1a56a8',
  colorPrimaryActive: '#154a8f',
  colorTextSecondary: 'rgba(0, 0, 0, 0.65)',
  colorTextTertiary: 'rgba(0, 0, 0, 0.6)', // descriptions labels, breadcrumbs, form hints, result subtitles
  colorTextPlaceholder: 'rgba(0, 0, 0, 0.56)',
  colorError: '#cf1322',
  // Success and warning texts (Typography, Alert icons) in shades that read on white and the page greys.
  colorSuccess: '#237804',
  colorWarning: '#ad4e00',
  colorSuccessText: '#237804',
  colorWarningText: '#ad4e00',
  ...tagTextShades({ green: '#237804', orange: '#ad4e00', gold: '#874d00', volcano: '#ad2102', cyan: '#006d75', lime: '#3f6600' }),
} as const;

export const appTheme: ThemeConfig = {
  token: {
    colorPrimary: PRIMARY,
    fontFamily: FONT_FAMILY,
    ...READABLE_COLOURS,
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
      darkItemSelectedBg: PRIMARY,
      darkItemSelectedColor: '#ffffff',
    },
  },
};

/**
 * 长者模式 (elder-friendly mode): type a third larger, controls taller, and every text near black,
 * for readers with weaker eyesight. Sizes derive from fontSize and controlHeight in antd.
 */
export const elderTheme: ThemeConfig = {
  ...appTheme,
  token: {
    ...appTheme.token,
    fontSize: 18,
    controlHeight: 42,
    colorText: '#000000',
    colorTextSecondary: 'rgba(0, 0, 0, 0.85)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.8)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.7)',
    colorBorder: '#6b6b6b',
    colorPrimary: '#174f9c',
    colorInfo: '#174f9c',
  },
};
