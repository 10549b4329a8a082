import { Breadcrumb, Button, Flex, Result, Skeleton, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api/client.js';
import { fetchLifeEvent } from '../../../api/discovery.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle.js';
import { ItemResultCard } from '../items/ItemResultCard.js';

/** /life-events/:code — one life event (一件事) and the items it takes, in the order to apply. */
export default function LifeEventPage() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const event = useApiResource(`life-event:${code}`, (signal) => fetchLifeEvent(code, { signal }));
  const notFound = event.status === 'error' && event.error instanceof ApiError && event.error.status === 404;
  useDocumentTitle(event.status === 'ready' ? event.data.name : notFound ? t('discovery.lifeEvents.notFound') : undefined);

  if (event.status === 'loading') return <Skeleton active paragraph={{ rows: 8 }} />;
  if (notFound) {
    return (
      <Result
        status="404"
        title={t('discovery.lifeEvents.notFound')}
        subTitle={t('discovery.lifeEvents.notFoundHint')}
        extra={
          <Link to="/">
            <Button type="primary">{t('discovery.lifeEvents.back')}</Button>
          </Link>
        }
        data-testid="life-event-not-found"
      />
    );
  }
  if (event.status === 'error') return <ProblemAlert title={t('discovery.lifeEvents.loadFailed')} error={event.error} onRetry={event.retry} />;
  const { data } = event;
  return (
    <Flex vertical gap={16} data-testid="life-event-page">
      <Breadcrumb items={[{ title: <Link to="/">{t('discovery.lifeEvents.back')}</Link> }, { title: t('discovery.lifeEvents.title') }]} />
      <Flex align="center" gap={12} wrap>
        <Typography.Title level={1} style={{ margin: 0, fontSize: 28 }}>
          {data.name}
        </Typography.Title>
        <Tag>{t(`discovery.lifeEvents.audience.${data.audience}`)}</Tag>
      </Flex>
      <Typography.Paragraph style={{ margin: 0 }}>{data.summary}</Typography.Paragraph>
      <section aria-labelledby="life-event-items-title">
        <Typography.Title level={2} id="life-event-items-title" style={{ fontSize: 20 }}>
          {t('discovery.lifeEvents.itemsTitle')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('discovery.lifeEvents.itemsHint')}</Typography.Paragraph>
        <Flex vertical gap={10} component="ol" style={{ margin: 0, paddingInlineStart: 24 }}>
          {data.items.map((item) => (
            <li key={item.code} data-testid="life-event-item">
              {item.note && (
                <Typography.Text type="secondary" style={{ display: 'block', marginBottom: 4 }}>
                  {item.note}
                </Typography.Text>
              )}
              <ItemResultCard item={item} />
            </li>
          ))}
        </Flex>
      </section>
    </Flex>
  );
}
