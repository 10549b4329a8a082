import { PlusOutlined } from '@ant-design/icons';
import { Button, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchClients, revokeClient, rotateClientSecret, type ApiClient, type ClientWithSecret } from '../../../api/adminIdentity.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import { useRunAction } from '../users/useRunAction.js';
import { AdminPageHeader } from '../shared/AdminPageHeader.js';
import { formatDateTime } from '../shared/format.js';
import { useAdminAccess } from '../shared/useAdminAccess.js';
import { ClientSecretModal } from './ClientSecretModal.js';
import { CreateClientModal } from './CreateClientModal.js';

/** 接入系统: machine clients (OAuth client credentials) of other government systems. */
export function ClientsPage() {
  const { t } = useTranslation();
  const access = useAdminAccess();
  const [revision, setRevision] = useState(0);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<ClientWithSecret | null>(null);
  const clients = useApiResource(`admin-clients:${revision}`, (signal) => fetchClients({ signal }));
  const reload = () => setRevision((n) => n + 1);
  const run = useRunAction(reload);

  const columns: TableColumnsType<ApiClient> = [
    { title: t('admin.clients.name'), dataIndex: 'name' },
    { title: t('admin.clients.clientId'), dataIndex: 'clientId', render: (id: string) => <code>{id}</code> },
    { title: t('admin.clients.scopes'), dataIndex: 'scopes', render: (scopes: string[]) => scopes.map((scope) => <Tag key={scope}>{scope}</Tag>) },
    { title: t('admin.clients.ipAllowlist'), dataIndex: 'ipAllowlist', render: (ips: string[]) => (ips.length ? ips.join(', ') : t('admin.clients.anyIp')) },
    {
      title: t('admin.clients.status'),
      dataIndex: 'status',
      render: (status: ApiClient['status']) => <Tag color={status === 'active' ? 'green' : 'default'}>{t(`admin.clients.statuses.${status}`)}</Tag>,
    },
    { title: t('admin.clients.rotatedAt'), dataIndex: 'secretRotatedAt', render: formatDateTime },
    ...(access.manageClients
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            render: (_: unknown, client: ApiClient) =>
              client.status === 'active' && (
                <Space size={4} wrap>
                  <Popconfirm
                    title={t('admin.clients.rotateConfirm')}
                    okText={t('admin.clients.rotate')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => run(async () => setSecret(await rotateClientSecret(client.clientId)), t('admin.clients.rotated'))}
                  >
                    <Button size="small" data-testid="client-rotate">
                      {t('admin.clients.rotate')}
                    </Button>
                  </Popconfirm>
                  <Popconfirm
                    title={t('admin.clients.revokeConfirm', { name: client.name })}
                    okText={t('admin.clients.revoke')}
                    cancelText={t('common.cancel')}
                    okButtonProps={{ danger: true }}
                    onConfirm={() => run(() => revokeClient(client.clientId), t('admin.clients.revoked'))}
                  >
                    <Button size="small" danger data-testid="client-revoke">
                      {t('admin.clients.revoke')}
                    </Button>
                  </Popconfirm>
                </Space>
              ),
          },
        ]
      : []),
  ];

  return (
    <div data-testid="admin-clients">
      <AdminPageHeader
        title={t('admin.clients.title')}
        subtitle={t('admin.clients.subtitle')}
        extra={
          access.manageClients && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="client-create">
              {t('admin.clients.create')}
            </Button>
          )
        }
      />
      {clients.status === 'error' ? (
        <ProblemAlert title={t('common.loadFailed')} error={clients.error} onRetry={clients.retry} />
      ) : (
        <Table<ApiClient>
          rowKey="clientId"
          size="middle"
          columns={columns}
          dataSource={clients.status === 'ready' ? clients.data : []}
          loading={clients.status === 'loading'}
          pagination={false}
          scroll={{ x: 900 }}
          data-testid="client-table"
          onRow={(client) => ({ 'data-client-id': client.clientId }) as object}
        />
      )}
      <CreateClientModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setSecret(created);
          reload();
        }}
      />
      {secret && <ClientSecretModal secret={secret} onClose={() => setSecret(null)} />}
    </div>
  );
}
