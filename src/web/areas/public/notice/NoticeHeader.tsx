import { Breadcrumb, Card, Divider, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ItemDetail } from '../../../api/catalogue.js';
import { HandlingDepthTag } from '../catalogue/HandlingDepthTag.js';
import { itemListUrl } from '../catalogue/itemFilterParams.js';
import { JointTag } from '../catalogue/JointTag.js';
import { KeyFacts } from './KeyFacts.js';
import { NoticeActions } from './NoticeActions.js';
import { formatShanghaiDate } from '../../../../shared/dates.js';
import { useVocabulary } from '../../../i18n/useVocabulary.js';

/** Top of the notice: which item this is, the key facts, and the actions. */
export function NoticeHeader({ item }: { item: ItemDetail }) {
  const { t } = useTranslation();
  const vocabulary = useVocabulary();
  return (
    <Card styles={{ body: { padding: 'clamp(16px, 3vw, 24px)' } }}>
      <Flex vertical gap={12}>
        <Breadcrumb
          items={[
            { key: 'home', title: <Link to="/">{t('nav.home')}</Link> },
            { key: 'items', title: <Link to="/items">{t('items.title')}</Link> },
            { key: 'department', title: <Link to={itemListUrl({ department: item.department.code })}>{item.department.shortName}</Link> },
          ]}
        />
        <div>
          <Typography.Text type="secondary">{t('notice.kicker')}</Typography.Text>
          <Typography.Title level={1} style={{ margin: '4px 0 8px', fontSize: 'clamp(22px, 4vw, 28px)' }}>
            {item.name}
          </Typography.Title>
          <Flex gap={8} wrap align="center">
            <HandlingDepthTag depth={item.handlingDepth} />
            {item.joint && <JointTag />}
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {[item.department.name, vocabulary.category(item.category), t('notice.codeLabel', { code: item.code })].join(' · ')}
            </Typography.Text>
          </Flex>
        </div>
        <Divider style={{ margin: 0 }} />
        <KeyFacts item={item} />
        <Divider style={{ margin: 0 }} />
        <NoticeActions item={item} />
        <PublishedLine item={item} />
      </Flex>
    </Card>
  );
}

/** Which version the visitor reads, so a printed copy can be matched against later changes. */
function PublishedLine({ item }: { item: ItemDetail }) {
  const { t } = useTranslation();
  // The date it was published in Fuling, not in the reader's time zone.
  const date = item.publishedAt ? formatShanghaiDate(item.publishedAt) : undefined;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
      {date ? t('notice.versionPublished', { version: item.version, date }) : t('notice.version', { version: item.version })}
    </Typography.Text>
  );
}
