import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ItemSearch } from '../../components/ItemSearch.js';
import { ServiceStatus } from './ServiceStatus.js';

export function HomeHero() {
  const { t } = useTranslation();
  return (
    <section
      style={{
        background: 'linear-gradient(135deg, #1a4f95 0%, #2a74c9 100%)',
        borderRadius: 8,
        padding: 'clamp(24px, 5vw, 48px) clamp(16px, 5vw, 48px)',
        color: '#fff',
      }}
    >
      <Flex vertical gap={16} style={{ maxWidth: 720, margin: '0 auto' }}>
        <Typography.Title level={1} style={{ color: '#fff', margin: 0, fontSize: 'clamp(24px, 4vw, 34px)', textAlign: 'center' }}>
          {t('home.heroTitle')}
        </Typography.Title>
        <Typography.Paragraph style={{ color: 'rgba(255, 255, 255, 0.9)', margin: 0, textAlign: 'center' }}>
          {t('home.heroSubtitle')}
        </Typography.Paragraph>
        <ItemSearch size="large" testId="home-search" />
        <Flex justify="center">
          <ServiceStatus />
        </Flex>
      </Flex>
    </section>
  );
}
