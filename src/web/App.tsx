import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/es/locale/en_US.js';
import zhCN from 'antd/es/locale/zh_CN.js';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { currentLanguage } from './i18n/index.js';
import { router } from './router.js';
import { appTheme } from './theme.js';

const ANTD_LOCALES = { 'zh-CN': zhCN, en: enUS } as const;

export function App() {
  // Re-renders on language change, so antd's own texts (pagination, pickers, empty states) follow.
  useTranslation();
  return (
    <ConfigProvider locale={ANTD_LOCALES[currentLanguage()]} theme={appTheme}>
      {/* antd's App supplies message/notification/modal hooks that follow this theme and locale. */}
      <AntdApp>
        <RouterProvider router={router} />
      </AntdApp>
    </ConfigProvider>
  );
}
