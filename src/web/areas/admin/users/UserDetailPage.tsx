import { Col, Flex, Row, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { fetchUser, type UserAction, type UserDetail } from '../../../api/adminIdentity.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import { AdminPageHeader } from '../shared/AdminPageHeader.js';
import { LoginEventsCard } from './LoginEventsCard.js';
import { PermissionsCard } from './PermissionsCard.js';
import { UserActions } from './UserActions.js';
import { UserProfileCard } from './UserProfileCard.js';
import { UserRolesCard } from './UserRolesCard.js';
import { UserSessionsCard } from './UserSessionsCard.js';
import { UserStatusTags } from './UserTags.js';

export interface UserPanelProps {
  user: UserDetail;
  /** The server's list of what the caller may do to this user. */
  can: (action: UserAction) => boolean;
  /** Loads the user again after a change; `revision` counts the changes. */
  onChanged: () => void;
  revision: number;
}

/** /admin/users/:id — profile, status, roles, sessions, effective permissions and recent sign-ins. */
export function UserDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const [revision, setRevision] = useState(0);
  const user = useApiResource(`admin-user:${id}:${revision}`, (signal) => fetchUser(id, { signal }));

  if (user.status === 'loading' && revision === 0) return <Skeleton active paragraph={{ rows: 10 }} />;
  if (user.status === 'error') return <ProblemAlert title={t('admin.users.loadOneFailed')} error={user.error} onRetry={user.retry} />;
  if (user.status !== 'ready') return <Skeleton active paragraph={{ rows: 10 }} />;

  const data = user.data;
  const props: UserPanelProps = { user: data, can: (action) => data.actions.includes(action), onChanged: () => setRevision((n) => n + 1), revision };
  return (
    <div data-testid="user-detail" data-username={data.username}>
      <Link to="/admin/users">← {t('admin.users.backToList')}</Link>
      <AdminPageHeader
        title={data.displayName}
        subtitle={
          <Flex gap={8} align="center" wrap>
            <span>{data.username}</span>
            <UserStatusTags status={data.status} locked={data.locked} />
          </Flex>
        }
        extra={<UserActions {...props} />}
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
            <UserProfileCard user={data} />
            <UserSessionsCard {...props} />
          </Flex>
        </Col>
        <Col xs={24} lg={14}>
          <Flex vertical gap={16}>
            <UserRolesCard {...props} />
            <PermissionsCard {...props} />
            <LoginEventsCard username={data.username} revision={revision} />
          </Flex>
        </Col>
      </Row>
    </div>
  );
}
