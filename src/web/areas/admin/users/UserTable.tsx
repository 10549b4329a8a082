import { Table, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { UserSummary } from '../../../api/adminIdentity.js';
import { RoleTag, UserStatusTags } from './UserTags.js';

/** One row per user; the username opens the user's page. Scrolls sideways on phones. */
export function UserTable({ users, loading }: { users: UserSummary[]; loading: boolean }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<UserSummary> = [
    {
      title: t('admin.users.username'),
      dataIndex: 'username',
      render: (username: string, user) => (
        <Link to={`/admin/users/${user.id}`} data-testid="user-link">
          {username}
        </Link>
      ),
    },
    { title: t('admin.users.displayName'), dataIndex: 'displayName' },
    { title: t('admin.users.kind'), dataIndex: 'kind', width: 100, render: (kind: UserSummary['kind']) => t(`userKinds.${kind}`) },
    {
      title: t('admin.users.place'),
      key: 'place',
      render: (_, user) => [user.department?.shortName, user.unit?.name].filter(Boolean).join(' · ') || '—',
    },
    { title: t('admin.users.roles'), key: 'roles', render: (_, user) => user.roles.map((role) => <RoleTag key={role.id} assignment={role} />) },
    { title: t('admin.users.statusLabel'), key: 'status', render: (_, user) => <UserStatusTags status={user.status} locked={user.locked} /> },
  ];
  return (
    <Table<UserSummary>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={users}
      loading={loading}
      pagination={false}
      scroll={{ x: 820 }}
      data-testid="user-table"
      onRow={(user) => ({ 'data-username': user.username }) as HTMLAttributes<HTMLElement>}
    />
  );
}
