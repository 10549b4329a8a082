import { DownloadOutlined, FilePdfOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Form, Input, Modal, Skeleton, Space, Tag, Tooltip, Typography } from 'antd';
import { Fragment, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLE_PERMISSIONS } from '../../shared/identity.js';
import { fetchCaseDocuments, revokeCertificate, type CaseDocument } from '../api/documents.js';
import { useApiResource } from '../hooks/useApiResource.js';
import { useSession } from '../session/SessionContext.js';
import { buttonTestId } from './buttonTestId.js';
import { ProblemAlert } from './ProblemAlert.js';

interface CaseDocumentsProps {
  caseId: number;
  /** The case version shown: a new version (an action was taken) loads the list again. */
  version?: number;
  /**
   * The case's (issuing) department. When given, a department head of it or a region
   * administrator gets a button to revoke the certificate; the server checks again.
   */
  department?: string;
}

/** Whether the signed-in user may revoke certificates issued by `department`. */
function useMayRevoke(department: string | undefined): boolean {
  const { user } = useSession();
  if (!user || !department) return false;
  return user.roles.some(
    (r) => ROLE_PERMISSIONS[r.role].includes('certificates.revoke') && (r.scopeType === 'region' || (r.scopeType === 'department' && r.scopeCode === department)),
  );
}

function RevokeModal({ number, onClose, onRevoked }: { number: string; onClose(): void; onRevoked(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const submit = async ({ reason }: { reason: string }) => {
    setSending(true);
    setFailure(null);
    try {
      await revokeCertificate(number, reason.trim());
      void message.success(t('documents.revoke.done', { number }));
      onClose();
      onRevoked();
    } catch (error) {
      setFailure(error);
    } finally {
      setSending(false);
    }
  };
  return (
    <Modal
      open
      title={t('documents.revoke.title', { number })}
      okText={t('documents.revoke.confirm')}
      okButtonProps={buttonTestId('revoke-submit', { danger: true })}
      confirmLoading={sending}
      onOk={() => form.submit()}
      onCancel={onClose}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <div data-testid="revoke-modal">
        <Typography.Paragraph type="secondary">{t('documents.revoke.hint')}</Typography.Paragraph>
        <Form form={form} layout="vertical" onFinish={submit}>
          <Form.Item
            name="reason"
            label={t('documents.revoke.reason')}
            rules={[{ required: true, whitespace: true, min: 2, message: t('documents.revoke.reasonRequired') }]}
          >
            <Input.TextArea rows={3} maxLength={500} showCount data-testid="revoke-reason" />
          </Form.Item>
        </Form>
        {failure !== null && <ProblemAlert title={t('documents.revoke.failed')} error={failure} />}
      </div>
    </Modal>
  );
}

function DocumentRow({ doc, mayRevoke, onRevoke }: { doc: CaseDocument; mayRevoke: boolean; onRevoke(number: string): void }) {
  const { t } = useTranslation();
  const certificate = doc.certificate;
  const Icon = doc.kind === 'certificate' ? SafetyCertificateOutlined : FilePdfOutlined;
  return (
    <li style={{ padding: '8px 0', borderBottom: '1px solid rgba(0,0,0,0.06)' }} data-testid="case-document" data-kind={doc.kind} data-n={doc.n ?? ''}>
      <Flex gap={12} align="center" wrap justify="space-between">
        <Flex gap={10} align="center" style={{ minWidth: 0 }}>
          <Icon aria-hidden style={{ fontSize: 20, color: doc.kind === 'certificate' ? '#b0201c' : '#1a4f9c' }} />
          <Flex vertical style={{ minWidth: 0 }}>
            <Flex gap={6} align="center" wrap>
              <Typography.Text strong={doc.kind === 'certificate'}>{doc.title}</Typography.Text>
              {certificate?.revokedAt && (
                <Tooltip title={certificate.revokeReason}>
                  <Tag color="red" data-testid="case-document-revoked">
                    {t('documents.list.revoked')}
                  </Tag>
                </Tooltip>
              )}
            </Flex>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {certificate ? `${certificate.number} · ` : ''}
              {t('documents.list.issuedOn', { date: doc.createdOn })}
            </Typography.Text>
            {certificate && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="case-document-certificate">
                {t('documents.list.department', { name: certificate.department.name })} · {t('documents.list.checkCode', { code: certificate.checkCode })}
                {certificate.bundle.size > 1 && ` · ${t('documents.list.bundlePosition', certificate.bundle)}`}
              </Typography.Text>
            )}
          </Flex>
        </Flex>
        <Space size="middle" wrap>
          <a href={doc.href} target="_blank" rel="noreferrer" data-testid="case-document-view">
            {t('documents.list.view')}
          </a>
          <a href={`${doc.href}?download=true`} download data-testid="case-document-download" aria-label={`${t('documents.list.download')} ${doc.title}`}>
            <DownloadOutlined aria-hidden /> {t('documents.list.download')}
          </a>
          {certificate && (
            <a href={certificate.verifyUrl} target="_blank" rel="noreferrer" data-testid="case-document-verify">
              {t('documents.list.verify')}
            </a>
          )}
          {certificate && !certificate.revokedAt && mayRevoke && (
            <Button size="small" danger onClick={() => onRevoke(certificate.number)} data-testid="case-document-revoke">
              {t('documents.revoke.button')}
            </Button>
          )}
        </Space>
      </Flex>
    </li>
  );
}

/**
 * The documents a case has produced so far (notices, decision letters, the certificates of its
 * result bundle — one per department for a joint item), each opened or downloaded as a PDF.
 * Only people who may see the case get the list.
 */
export function CaseDocuments({ caseId, version, department }: CaseDocumentsProps) {
  const { t } = useTranslation();
  const [reloads, setReloads] = useState(0);
  const [revoking, setRevoking] = useState<string | null>(null);
  const mayRevoke = useMayRevoke(department);
  const documents = useApiResource(`${caseId}:${version ?? ''}:${reloads}`, (signal) => fetchCaseDocuments(caseId, { signal }));
  return (
    <Card title={t('documents.list.title')} data-testid="case-documents">
      {documents.status === 'loading' && <Skeleton active paragraph={{ rows: 2 }} />}
      {documents.status === 'error' && <ProblemAlert title={t('documents.list.loadFailed')} error={documents.error} onRetry={documents.retry} />}
      {documents.status === 'ready' &&
        (documents.data.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('documents.list.empty')} />
        ) : (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {documents.data.map((doc) => (
              <Fragment key={`${doc.kind}-${doc.n ?? ''}`}>
                {doc.certificate?.bundle.position === 1 && doc.certificate.bundle.size > 1 && (
                  <li style={{ padding: '10px 0 2px' }} data-testid="case-documents-bundle">
                    <Typography.Text strong>{t('documents.list.bundle', { size: doc.certificate.bundle.size })}</Typography.Text>
                  </li>
                )}
                <DocumentRow doc={doc} mayRevoke={mayRevoke} onRevoke={setRevoking} />
              </Fragment>
            ))}
          </ul>
        ))}
      {revoking && <RevokeModal number={revoking} onClose={() => setRevoking(null)} onRevoked={() => setReloads((n) => n + 1)} />}
    </Card>
  );
}
