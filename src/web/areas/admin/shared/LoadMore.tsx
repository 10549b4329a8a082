import { Button, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../../components/ProblemAlert.js';

/** The "加载更多" button under a keyset-paged list, with the failure of the last attempt. */
export function LoadMore({ list, testId }: { list: { next: unknown; loadingMore: boolean; loadMoreError?: unknown; loadMore(): void }; testId: string }) {
  const { t } = useTranslation();
  return (
    <>
      {list.loadMoreError !== undefined && <ProblemAlert title={t('common.loadFailed')} error={list.loadMoreError} onRetry={list.loadMore} />}
      {list.next !== null && (
        <Flex justify="center">
          <Button onClick={list.loadMore} loading={list.loadingMore} data-testid={testId} style={{ minWidth: 200 }}>
            {t('common.loadMore')}
          </Button>
        </Flex>
      )}
    </>
  );
}
