import { CheckCircleOutlined } from '@ant-design/icons';
import { Alert, Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../hooks/useDocumentTitle.js';

export type ActorArea = 'applicant' | 'window' | 'dept' | 'supervision' | 'admin';

/** Placeholder for an actor's area: who it is for and what they will do there, until the real screens land. */
export function AreaIntro({ area }: { area: ActorArea }) {
  const { t } = useTranslation();
  const title = t(`areas.${area}.title`);
  const duties = t(`areas.${area}.duties`, { returnObjects: true });
  useDocumentTitle(title);
  return (
    <Flex vertical gap={16} data-testid={`area-${area}`}>
      <div>
        <Typography.Title level={2} style={{ margin: '0 0 4px' }}>
          {title}
        </Typography.Title>
        <Typography.Text type="secondary">{t(`areas.${area}.audience`)}</Typography.Text>
      </div>
      <Card title={t('areas.dutiesTitle')}>
        <Flex vertical gap={12} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {duties.map((duty) => (
            <li key={duty} style={{ display: 'flex', gap: 10, alignItems: 'baseline' }}>
              <CheckCircleOutlined style={{ color: '#1f64c0' }} aria-hidden />
              <span>{duty}</span>
            </li>
          ))}
        </Flex>
      </Card>
      <Alert type="info" showIcon title={t('areas.underConstruction')} />
    </Flex>
  );
}
