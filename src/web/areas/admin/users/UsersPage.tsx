import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { fetchUsers, type UserFilters, type UserSummary } from '../../../api/adminIdentity.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { AdminPageHeader } from '../shared/AdminPageHeader.js';
import { LoadMore } from '../shared/LoadMore.js';
import { useAdminAccess } from '../shared/useAdminAccess.js';
import { useCursorList } from '../shared/useCursorList.js';
import { CreateUserModal } from './CreateUserModal.js';
import { UserFilterBar } from './UserFilterBar.js';
import { UserTable } from './UserTable.js';

/** 用户管理: search by name, filter by department and role, 50 at a time. */
export function UsersPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useAdminAccess();
  const [filters, setFilters] = useState<UserFilters>({});
  const [creating, setCreating] = useState(false);
  const list = useCursorList<UserSummary, number>(JSON.stringify(filters), async (cursor, signal) => {
    const page = await fetchUsers(filters, cursor, { signal });
    return { items: page.users, next: page.nextCursor };
  });

  return (
    <div data-testid="admin-users">
      <AdminPageHeader
        title={t('admin.users.title')}
        subtitle={t('admin.users.subtitle')}
        extra={
          access.manageIdentity && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="user-create">
              {t('admin.users.create')}
            </Button>
          )
        }
      />
      <Flex vertical gap={12}>
        <UserFilterBar filters={filters} onChange={setFilters} />
        {list.status === 'error' ? (
          <ProblemAlert title={t('admin.users.loadFailed')} error={list.error} onRetry={list.reload} />
        ) : (
          <UserTable users={list.items} loading={list.status === 'loading'} />
        )}
        <LoadMore list={list} testId="users-load-more" />
      </Flex>
      <CreateUserModal open={creating} onClose={() => setCreating(false)} onCreated={(user) => navigate(`/admin/users/${user.id}`)} />
    </div>
  );
}
