import { App as AntdApp, ConfigProvider } from 'antd';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { ANTD_LOCALES } from './i18n/antdLocales.js';
import { currentLanguage } from './i18n/index.js';
import { router } from './router.js';
import { SessionProvider } from './session/SessionProvider.js';
import { appTheme } from './theme.js';

export function App() {
  // Subscribing re-renders on a language change, so antd's own texts follow the chosen language.
  useTranslation();
  return (
    <ConfigProvider locale={ANTD_LOCALES[currentLanguage()]} theme={appTheme}>
      {/* antd's App supplies message/notification/modal hooks that follow this theme and locale. */}
      <AntdApp>
        <SessionProvider>
          <RouterProvider router={router} />
        </SessionProvider>
      </AntdApp>
    </ConfigProvider>
  );
}
