import { Flex, Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown while an area's code is downloaded. */
export function PageLoading() {
  const { t } = useTranslation();
  return (
    <Flex justify="center" align="center" style={{ minHeight: 240 }}>
      <Spin description={t('app.loading')} size="large" />
    </Flex>
  );
}
