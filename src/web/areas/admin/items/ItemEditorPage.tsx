import { Skeleton } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchEditableItem, type EditableItem } from '../../../api/adminCatalogue.js';
import { ApiError } from '../../../api/client.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import { ItemEditor } from './ItemEditor.js';
import { RealnameLevelCard } from './RealnameLevelCard.js';

/** /admin/items/:code — loads the item's draft and published versions, then the editor. */
export function ItemEditorPage() {
  const { t } = useTranslation();
  const code = useParams().code ?? '';
  const [revision, setRevision] = useState(0);
  const editable = useApiResource(`admin-item-editable:${code}:${revision}`, (signal) => fetchEditableItem(code, { signal }));
  // A reload after saving keeps the editor on screen (and its form) instead of flashing a skeleton.
  const last = useRef<{ code: string; item: EditableItem } | null>(null);
  if (editable.status === 'ready') last.current = { code, item: editable.data };
  const shown = last.current?.code === code ? last.current.item : null;

  if (editable.status === 'error' && !shown) {
    const missing = editable.error instanceof ApiError && editable.error.status === 404;
    return (
      <>
        <Link to="/admin/items">← {t('admin.items.backToList')}</Link>
        <ProblemAlert title={missing ? t('admin.items.notFound', { code }) : t('common.loadFailed')} error={editable.error} onRetry={editable.retry} />
      </>
    );
  }
  if (!shown) return <Skeleton active paragraph={{ rows: 14 }} />;
  return (
    <>
      <ItemEditor key={code} code={code} item={shown} revision={revision} onReload={() => setRevision((n) => n + 1)} />
      <RealnameLevelCard key={`level-${code}`} code={code} />
    </>
  );
}
