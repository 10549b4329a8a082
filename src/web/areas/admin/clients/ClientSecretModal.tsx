import { CopyOutlined } from '@ant-design/icons';
import { Alert, App, Button, Descriptions, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClientWithSecret } from '../../../api/adminIdentity.js';

/**
 * The client secret, shown this once: the server keeps only its hash. The modal closes only by
 * the explicit "I have saved it" button, so a stray click cannot lose it.
 */
export function ClientSecretModal({ secret, onClose }: { secret: ClientWithSecret; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(secret.clientSecret);
      message.success(t('common.copied'));
    } catch {
      message.warning(t('admin.clients.copyManually'));
    }
  };
  return (
    <Modal
      open
      title={t('admin.clients.secretTitle', { name: secret.client.name })}
      closable={false}
      mask={{ closable: false }}
      keyboard={false}
      footer={
        <Button type="primary" onClick={onClose} data-testid="client-secret-close">
          {t('admin.clients.secretSaved')}
        </Button>
      }
    >
      <div data-testid="client-secret-modal">
        <Alert type="warning" showIcon title={t('admin.clients.secretOnce')} description={t('admin.clients.secretOnceHint')} style={{ marginBottom: 16 }} />
        <Descriptions
          column={1}
          size="small"
          bordered
          items={[
            { key: 'id', label: t('admin.clients.clientId'), children: <code data-testid="client-secret-id">{secret.client.clientId}</code> },
            {
              key: 'secret',
              label: t('admin.clients.clientSecret'),
              children: (
                <Typography.Text code style={{ wordBreak: 'break-all' }} data-testid="client-secret">
                  {secret.clientSecret}
                </Typography.Text>
              ),
            },
          ]}
        />
        <Button icon={<CopyOutlined />} onClick={() => void copy()} style={{ marginTop: 12 }} data-testid="client-secret-copy">
          {t('admin.clients.copySecret')}
        </Button>
      </div>
    </Modal>
  );
}
