import { Alert, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EditableItem } from '../../../api/adminCatalogue.js';

/** "当前发布版本 v3 / 草稿 v4": what the public sees, and what is waiting to be published. */
export function VersionStatus({ item, dirty }: { item: EditableItem; dirty: boolean }) {
  const { t } = useTranslation();
  const published = item.published ? t('admin.items.status.published', { version: item.published.version }) : t('admin.items.status.unpublished');
  const draft = item.draft
    ? item.draft.basedOn
      ? t('admin.items.status.draftBasedOn', { version: item.draft.version, basedOn: item.draft.basedOn })
      : t('admin.items.status.draft', { version: item.draft.version })
    : t('admin.items.status.noDraft');
  return (
    <Alert
      type={item.draft || dirty ? 'warning' : 'info'}
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="item-version-status"
      data-published-version={item.published?.version ?? ''}
      data-draft-version={item.draft?.version ?? ''}
      title={
        <span style={{ display: 'inline-flex', flexWrap: 'wrap', gap: 6, alignItems: 'center' }}>
          <Tag color={item.published ? 'green' : 'default'}>{published}</Tag>/<Tag color={item.draft ? 'orange' : 'default'}>{draft}</Tag>
          {dirty && <Tag color="red">{t('admin.items.status.unsaved')}</Tag>}
        </span>
      }
      description={item.draft ? t('admin.items.status.draftHint') : t('admin.items.status.editHint')}
    />
  );
}
