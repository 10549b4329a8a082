import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ItemSearch } from '../../components/ItemSearch.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';

/** The item catalogue. For now it only echoes the search; the list will come from GET /api/v1/items. */
export default function ItemsPage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const query = searchParams.get('q')?.trim() ?? '';
  useDocumentTitle(t('items.title'));
  return (
    <Flex vertical gap={16} data-testid="items-page">
      <Typography.Title level={2} style={{ margin: 0 }}>
        {t('items.title')}
      </Typography.Title>
      {/* Keyed by the query so the box shows what was searched after back/forward navigation. */}
      <ItemSearch key={query} defaultValue={query} />
      <Typography.Text type="secondary" data-testid="items-query">
        {query ? t('items.query', { q: query }) : t('items.allItems')}
      </Typography.Text>
    </Flex>
  );
}
