import { Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchItemVersions, type ItemVersion } from '../../../api/adminCatalogue.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import { formatDateTime } from '../shared/format.js';

const STATUS_COLORS: Record<string, string> = { published: 'green', draft: 'orange', superseded: 'default', archived: 'default' };

/** Every version of the item, newest first: who created it, who published it, and when. */
export function VersionHistory({ code, revision }: { code: string; revision: number }) {
  const { t, i18n } = useTranslation();
  const versions = useApiResource(`admin-item-versions:${code}:${revision}`, (signal) => fetchItemVersions(code, { signal }));
  const statusLabel = (status: string) =>
    i18n.exists(`admin.items.versionStatuses.${status}`) ? t(`admin.items.versionStatuses.${status}` as 'admin.items.versionStatuses.draft') : status;
  const columns: TableColumnsType<ItemVersion> = [
    { title: t('admin.items.versions.version'), dataIndex: 'version', render: (version: number) => `v${version}`, width: 70 },
    { title: t('admin.items.versions.status'), dataIndex: 'status', render: (status: string) => <Tag color={STATUS_COLORS[status] ?? 'blue'}>{statusLabel(status)}</Tag>, width: 100 },
    { title: t('admin.items.versions.name'), dataIndex: 'name' },
    { title: t('admin.items.versions.created'), key: 'created', render: (_, v) => `${formatDateTime(v.createdAt)} ${v.createdBy ?? ''}` },
    { title: t('admin.items.versions.published'), key: 'published', render: (_, v) => (v.publishedAt ? `${formatDateTime(v.publishedAt)} ${v.publishedBy ?? ''}` : '—') },
  ];
  if (versions.status === 'error') return <ProblemAlert title={t('common.loadFailed')} error={versions.error} onRetry={versions.retry} />;
  return (
    <Table<ItemVersion>
      rowKey="version"
      size="small"
      columns={columns}
      dataSource={versions.status === 'ready' ? [...versions.data].sort((a, b) => b.version - a.version) : []}
      loading={versions.status === 'loading'}
      pagination={false}
      scroll={{ x: 640 }}
      data-testid="item-versions"
    />
  );
}
