import { Card, Flex, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchHotItems } from '../../../api/discovery.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import { CARD_GRID } from './cardGrid.js';
import { HandlingDepthTag } from '../catalogue/HandlingDepthTag.js';
import { itemPageUrl } from '../catalogue/itemFilterParams.js';

/** 热门事项: the most applied-for items (real case counts), topped up with recommended ones. */
export function HotItems() {
  const { t } = useTranslation();
  const hot = useApiResource('hot-items', (signal) => fetchHotItems({ signal }));
  return (
    <section aria-labelledby="hot-items-title" data-testid="hot-items">
      <Typography.Title level={2} id="hot-items-title" style={{ fontSize: 22 }}>
        {t('discovery.hot.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('discovery.hot.subtitle')}</Typography.Paragraph>
      {hot.status === 'loading' && <Skeleton active paragraph={{ rows: 3 }} />}
      {hot.status === 'error' && <ProblemAlert title={t('common.loadFailed')} error={hot.error} onRetry={hot.retry} />}
      {hot.status === 'ready' && (
        <ol style={{ ...CARD_GRID, gridTemplateColumns: 'repeat(auto-fill, minmax(min(220px, 100%), 1fr))' }}>
          {hot.data.map((item) => (
            <li key={item.code}>
              <Card size="small" style={{ height: '100%' }} data-testid="hot-item" data-item-code={item.code}>
                <Flex vertical gap={6}>
                  <Link to={itemPageUrl(item.code)} style={{ fontWeight: 600, fontSize: 15 }}>
                    {item.name}
                  </Link>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {item.department.shortName}
                  </Typography.Text>
                  <Flex gap={6} wrap>
                    <HandlingDepthTag depth={item.handlingDepth} />
                    <Tag>{item.applications > 0 ? t('discovery.hot.applications', { count: item.applications }) : t('discovery.hot.recommended')}</Tag>
                  </Flex>
                </Flex>
              </Card>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
