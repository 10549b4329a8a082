import type { ConfigProviderProps } from 'antd';
import enUSModule from 'antd/es/locale/en_US.js';
import zhCNModule from 'antd/es/locale/zh_CN.js';
import type { Language } from './index.js';

type AntdLocale = NonNullable<ConfigProviderProps['locale']>;

/**
 * antd's package.json does not say its `es/` files are ES modules, so TypeScript (NodeNext) types
 * their default export as a CommonJS `{ default }` wrapper, while Vite hands over the locale itself.
 * Accept both shapes instead of casting one away.
 */
function unwrapLocale(module: AntdLocale | { default: AntdLocale }): AntdLocale {
  return 'locale' in module ? module : module.default;
}

/** antd's own texts (pagination, pickers, empty states, modals) in each UI language. */
export const ANTD_LOCALES: Record<Language, AntdLocale> = {
  'zh-CN': unwrapLocale(zhCNModule),
  en: unwrapLocale(enUSModule),
};
