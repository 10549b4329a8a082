import { Card, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchPermissions, type EffectivePermissions } from '../../../api/adminIdentity.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import { usePermissionLabel } from '../shared/usePermissionLabel.js';
import type { UserPanelProps } from './UserDetailPage.js';

type PermissionRow = EffectivePermissions['permissions'][number];

/** 有效权限: every permission the user's roles add up to, with the scopes it applies in. */
export function PermissionsCard({ user, revision }: UserPanelProps) {
  const { t } = useTranslation();
  const label = usePermissionLabel();
  const permissions = useApiResource(`admin-permissions:${user.id}:${revision}`, (signal) => fetchPermissions(user.id, { signal }));
  const columns: TableColumnsType<PermissionRow> = [
    {
      title: t('admin.permissions.permission'),
      dataIndex: 'permission',
      render: (permission: string) => (
        <span data-permission={permission}>
          {label(permission)} <code style={{ fontSize: 12, color: '#888' }}>{permission}</code>
        </span>
      ),
    },
    {
      title: t('admin.permissions.scopes'),
      dataIndex: 'scopes',
      render: (scopes: string[]) => scopes.map((scope) => <Tag key={scope}>{scope}</Tag>),
    },
  ];
  return (
    <Card title={t('admin.permissions.title')} size="small" data-testid="user-permissions">
      {permissions.status === 'error' ? (
        <ProblemAlert title={t('common.loadFailed')} error={permissions.error} onRetry={permissions.retry} />
      ) : (
        <Table<PermissionRow>
          rowKey="permission"
          size="small"
          columns={columns}
          dataSource={permissions.status === 'ready' ? permissions.data.permissions : []}
          loading={permissions.status === 'loading'}
          pagination={false}
          scroll={{ x: 480 }}
          locale={{ emptyText: t('admin.permissions.none') }}
          data-testid="permissions-table"
        />
      )}
    </Card>
  );
}
