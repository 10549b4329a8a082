import { App as AntdApp, ConfigProvider } from 'antd';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { ANTD_LOCALES } from './i18n/antdLocales.js';
import { currentLanguage } from './i18n/index.js';
import { router } from './router.js';
import { SessionProvider } from './session/SessionProvider.js';
import { useElderMode } from './layout/elderMode.js';
import { appTheme, elderTheme } from './theme.js';

export function App() {
  // Subscribing re-renders on a language change, so antd's own texts follow the chosen language.
  useTranslation();
  const elderMode = useElderMode();
  return (
    <ConfigProvider locale={ANTD_LOCALES[currentLanguage()]} theme={elderMode ? elderTheme : appTheme}>
      {/* antd's App supplies message/notification/modal hooks that follow this theme and locale. */}
      <AntdApp>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </AntdApp>
    </ConfigProvider>
  );
}
