import { Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ApiError } from '../../api/client.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { ItemNotFound } from './notice/ItemNotFound.js';
import { ItemNotice } from './notice/ItemNotice.js';
import { useItem } from './notice/useItem.js';

/** /items/:code — an item's one-time notice, everything needed to apply in one read. */
export default function ItemPage() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const item = useItem(code);
  const notFound = item.status === 'error' && item.error instanceof ApiError && item.error.status === 404;
  useDocumentTitle(item.status === 'ready' ? item.data.name : notFound ? t('notice.notFound.title') : undefined);

  if (item.status === 'loading') return <Skeleton active paragraph={{ rows: 12 }} data-testid="item-loading" />;
  if (notFound) return <ItemNotFound code={code} />;
  if (item.status === 'error') return <ProblemAlert title={t('notice.loadFailed')} error={item.error} onRetry={item.retry} />;
  return <ItemNotice item={item.data} />;
}
