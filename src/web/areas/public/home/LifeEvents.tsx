import { Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchLifeEvents } from '../../../api/discovery.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import { CARD_GRID } from './cardGrid.js';
import { lifeEventUrl } from './lifeEventUrl.js';

/** 一件事一次办: life events, each a bundle of items one event in life or business takes. */
export function LifeEvents() {
  const { t } = useTranslation();
  const events = useApiResource('life-events', (signal) => fetchLifeEvents({ signal }));
  return (
    <section aria-labelledby="life-events-title" data-testid="life-events">
      <Typography.Title level={2} id="life-events-title" style={{ fontSize: 22 }}>
        {t('discovery.lifeEvents.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('discovery.lifeEvents.subtitle')}</Typography.Paragraph>
      {events.status === 'loading' && <Skeleton active paragraph={{ rows: 3 }} />}
      {events.status === 'error' && <ProblemAlert title={t('common.loadFailed')} error={events.error} onRetry={events.retry} />}
      {events.status === 'ready' && (
        <ul style={{ ...CARD_GRID, gridTemplateColumns: 'repeat(auto-fill, minmax(min(280px, 100%), 1fr))' }}>
          {events.data.map((event) => (
            <li key={event.code}>
              <Link to={lifeEventUrl(event.code)} style={{ display: 'block', height: '100%' }} data-testid="life-event-link">
                <Card hoverable size="small" style={{ height: '100%' }}>
                  <Flex vertical gap={6}>
                    <Flex justify="space-between" align="center" gap={8} wrap>
                      <Typography.Text strong style={{ fontSize: 16 }}>
                        {event.name}
                      </Typography.Text>
                      <Tag>{t(`discovery.lifeEvents.audience.${event.audience}`)}</Tag>
                    </Flex>
                    <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                      {event.summary}
                    </Typography.Text>
                    <Typography.Text style={{ fontSize: 13 }}>{t('discovery.lifeEvents.itemCount', { count: event.itemCount })}</Typography.Text>
                  </Flex>
                </Card>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
