import { Button, Card, Popconfirm, Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchSessions, revokeSessions, type SessionView } from '../../../api/adminIdentity.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import { formatDateTime } from '../shared/format.js';
import type { UserPanelProps } from './UserDetailPage.js';
import { useRunAction } from './useRunAction.js';

/** Where the user is signed in, and 全部下线 to sign them out everywhere. */
export function UserSessionsCard({ user, can, onChanged, revision }: UserPanelProps) {
  const { t } = useTranslation();
  const sessions = useApiResource(`admin-sessions:${user.id}:${revision}`, (signal) => fetchSessions(user.id, { signal }));
  const run = useRunAction(onChanged);
  const columns: TableColumnsType<SessionView> = [
    { title: t('admin.sessions.lastSeen'), dataIndex: 'lastSeenAt', render: formatDateTime },
    { title: t('admin.sessions.ip'), dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
    { title: t('admin.sessions.expires'), dataIndex: 'expiresAt', render: formatDateTime },
    { title: t('admin.sessions.device'), dataIndex: 'userAgent', ellipsis: true, render: (agent: string | null) => agent ?? '—' },
  ];
  const hasSessions = sessions.status === 'ready' && sessions.data.length > 0;
  return (
    <Card
      title={t('admin.sessions.title')}
      size="small"
      data-testid="user-sessions"
      extra={
        can('revoke_sessions') &&
        hasSessions && (
          <Popconfirm
            title={t('admin.sessions.revokeConfirm')}
            okText={t('admin.sessions.revoke')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => run(() => revokeSessions(user.id), t('admin.sessions.revoked'))}
          >
            <Button size="small" danger data-testid="sessions-revoke">
              {t('admin.sessions.revoke')}
            </Button>
          </Popconfirm>
        )
      }
    >
      {sessions.status === 'error' ? (
        <ProblemAlert title={t('common.loadFailed')} error={sessions.error} onRetry={sessions.retry} />
      ) : (
        <Table<SessionView>
          rowKey="id"
          size="small"
          columns={columns}
          dataSource={sessions.status === 'ready' ? sessions.data : []}
          loading={sessions.status === 'loading'}
          pagination={false}
          scroll={{ x: 520 }}
          locale={{ emptyText: t('admin.sessions.none') }}
        />
      )}
    </Card>
  );
}
