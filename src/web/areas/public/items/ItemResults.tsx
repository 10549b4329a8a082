import { Button, Empty, Flex, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import type { useItemSearch } from '../catalogue/useItemSearch.js';
import { ItemResultCard } from './ItemResultCard.js';

type ItemSearch = ReturnType<typeof useItemSearch>;

/** The result list of a search in each of its states: loading, failed, empty, or a page with "load more". */
export function ItemResults({ search, onClearFilters }: { search: ItemSearch; onClearFilters?: () => void }) {
  const { t } = useTranslation();

  if (search.status === 'loading') {
    return <Skeleton active paragraph={{ rows: 6 }} data-testid="item-results-loading" />;
  }
  if (search.status === 'error') {
    return <ProblemAlert title={t('items.loadFailed')} error={search.error} onRetry={search.retry} testId="item-results-error" />;
  }
  return (
    <Flex vertical gap={12}>
      <Typography.Text data-testid="item-total" aria-live="polite">
        {t('items.total', { n: search.total })}
      </Typography.Text>
      {search.items.length === 0 ? (
        <Empty description={t('items.empty')} data-testid="item-results-empty">
          {onClearFilters && <Button onClick={onClearFilters}>{t('items.clearAll')}</Button>}
        </Empty>
      ) : (
        <Flex vertical gap={10} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
          {search.items.map((item) => (
            <li key={item.code}>
              <ItemResultCard item={item} />
            </li>
          ))}
        </Flex>
      )}
      {search.loadMoreError !== undefined && (
        <ProblemAlert title={t('items.loadMoreFailed')} error={search.loadMoreError} onRetry={search.loadMore} />
      )}
      {search.nextCursor && (
        <Flex justify="center" vertical align="center" gap={4}>
          <Button onClick={search.loadMore} loading={search.loadingMore} data-testid="load-more" style={{ minWidth: 200 }}>
            {t('items.loadMore')}
          </Button>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {t('items.shown', { shown: search.items.length, total: search.total })}
          </Typography.Text>
        </Flex>
      )}
    </Flex>
  );
}
