import { Button, Card, Descriptions, Flex, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/client.js';
import { verifyCertificate, type CertificateVerification, type VerificationStatus } from '../../../api/documents.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle.js';
import { PageTitle } from '../../../components/PageTitle.js';

const RESULT_STATUS: Record<VerificationStatus, 'success' | 'warning' | 'error'> = {
  valid: 'success',
  revoked: 'error',
  expired: 'warning',
  forged: 'error',
};

function dateTime(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

function Details({ result }: { result: CertificateVerification }) {
  const { t } = useTranslation();
  const items = [
    { key: 'number', label: t('documents.verify.fields.number'), children: <span data-testid="verify-number">{result.number}</span> },
    { key: 'title', label: t('documents.verify.fields.title'), children: result.title },
    { key: 'holder', label: t('documents.verify.fields.holder'), children: <span data-testid="verify-holder">{result.holder}</span> },
    { key: 'department', label: t('documents.verify.fields.department'), children: result.department },
    { key: 'issuedOn', label: t('documents.verify.fields.issuedOn'), children: result.issuedOn },
    { key: 'validUntil', label: t('documents.verify.fields.validUntil'), children: result.validUntil ?? t('documents.verify.fields.longTerm') },
    ...(result.revokedAt
      ? [
          { key: 'revokedAt', label: t('documents.verify.fields.revokedAt'), children: dateTime(result.revokedAt) },
          { key: 'revokeReason', label: t('documents.verify.fields.revokeReason'), children: <span data-testid="verify-revoke-reason">{result.revokeReason}</span> },
        ]
      : []),
  ];
  return (
    <Card title={t('documents.verify.registered')} size="small">
      <Descriptions column={1} size="small" bordered items={items} styles={{ label: { width: '7.5em', whiteSpace: 'nowrap' } }} />
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
        {t('documents.verify.holderNote')} {t('documents.verify.fields.keyId')}：{result.keyId} ·{' '}
        <a href="/api/v1/certificates/public-key" target="_blank" rel="noreferrer">
          {t('documents.verify.publicKey')}
        </a>
      </Typography.Paragraph>
    </Card>
  );
}

/**
 * /verify/:number?s=… — where the QR code on a certificate leads. Works without an account and on
 * a phone: one big answer (genuine and valid / revoked / expired / cannot be verified), then the
 * details on record.
 */
export default function VerifyPage() {
  const { t } = useTranslation();
  const number = useParams().number ?? '';
  const [params] = useSearchParams();
  const signature = params.get('s');
  const result = useApiResource(`${number}?${signature ?? ''}`, (signal) => verifyCertificate(number, signature, { signal }));
  const notFound = result.status === 'error' && result.error instanceof ApiError && result.error.status === 404;
  useDocumentTitle(t('documents.verify.title'));

  let body;
  if (result.status === 'loading') body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (notFound)
    body = (
      <Result
        status="404"
        title={t('documents.verify.notFoundTitle')}
        subTitle={t('documents.verify.notFoundSubtitle', { number })}
        extra={
          <Link to="/">
            <Button>{t('documents.verify.home')}</Button>
          </Link>
        }
        data-testid="verify-result"
        data-status="not_found"
      />
    );
  else if (result.status === 'error') body = <ProblemAlert title={t('documents.verify.loadFailed')} error={result.error} onRetry={result.retry} />;
  else {
    const { status } = result.data;
    body = (
      <>
        <Result
          status={RESULT_STATUS[status]}
          title={
            <span style={{ fontSize: 32, fontWeight: 700 }} data-testid="verify-status-text">
              {t(`documents.verify.status.${status}`)}
            </span>
          }
          subTitle={<span style={{ fontSize: 15 }}>{t(`documents.verify.explain.${status}`)}</span>}
          style={{ padding: '24px 8px' }}
          data-testid="verify-result"
          data-status={status}
        />
        <Details result={result.data} />
      </>
    );
  }

  return (
    <Flex vertical gap={12} style={{ maxWidth: 640, margin: '0 auto', width: '100%' }} data-testid="verify-page">
      <div>
        <PageTitle style={{ marginBottom: 4 }}>{t('documents.verify.title')}</PageTitle>
        <Typography.Text type="secondary">{t('documents.verify.subtitle')}</Typography.Text>
      </div>
      {body}
    </Flex>
  );
}
