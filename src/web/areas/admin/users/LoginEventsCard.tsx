import { Card, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { fetchLoginEvents, type LoginEvent } from '../../../api/adminIdentity.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import { formatDateTime } from '../shared/format.js';

/** The latest sign-in attempts under this username, failed ones with their reason. */
export function LoginEventsCard({ username, revision }: { username: string; revision: number }) {
  const { t, i18n } = useTranslation();
  const events = useApiResource(`admin-login-events:${username}:${revision}`, (signal) => fetchLoginEvents(username, { signal }));
  const reason = (code: string) => (i18n.exists(`admin.loginEvents.reasons.${code}`) ? t(`admin.loginEvents.reasons.${code}` as 'admin.loginEvents.reasons.ok') : code);
  const columns: TableColumnsType<LoginEvent> = [
    { title: t('admin.loginEvents.time'), dataIndex: 'occurredAt', render: formatDateTime },
    { title: t('admin.loginEvents.ip'), dataIndex: 'ip', render: (ip: string | null) => ip ?? '—' },
    {
      title: t('admin.loginEvents.result'),
      key: 'result',
      render: (_, event) => (
        <Tag color={event.success ? 'green' : 'red'}>{event.success ? t('admin.loginEvents.success') : reason(event.reason)}</Tag>
      ),
    },
  ];
  return (
    <Card title={t('admin.loginEvents.title')} size="small" data-testid="login-events">
      {events.status === 'error' ? (
        <ProblemAlert title={t('common.loadFailed')} error={events.error} onRetry={events.retry} />
      ) : (
        <Table<LoginEvent>
          rowKey={(event) => `${event.occurredAt}-${event.ip}-${event.reason}`}
          size="small"
          columns={columns}
          dataSource={events.status === 'ready' ? events.data : []}
          loading={events.status === 'loading'}
          pagination={{ pageSize: 10, hideOnSinglePage: true, size: 'small' }}
          locale={{ emptyText: t('admin.loginEvents.none') }}
        />
      )}
    </Card>
  );
}
