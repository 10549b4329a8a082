import { Button, Card, Descriptions, Flex, Form, Input, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError } from '../../../api/client.js';
import { verifyCertificate, type CertificateVerification, type VerificationStatus } from '../../../api/documents.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle.js';
import { PageTitle } from '../../../components/PageTitle.js';

/** Secondary text dark enough for WCAG AA on white (antd's secondary grey is not). */
const MUTED = { color: '#595959' };

const RESULT_STATUS: Record<VerificationStatus, 'success' | 'warning' | 'error'> = {
  valid: 'success',
  revoked: 'error',
  expired: 'warning',
  forged: 'error',
  code_mismatch: 'error',
};

/** Same shape as the server's certificate numbers (CERTIFICATE_NUMBER_PATTERN), case-insensitive while typing. */
const NUMBER_PATTERN = /^\s*[0-9]{6}-[A-Za-z][A-Za-z0-9]{1,15}-[0-9]{4}-[0-9]{6,}\s*$/;
const CODE_PATTERN = /^\s*[0-9A-Za-z]{4}-?[0-9A-Za-z]{4}\s*$/;

function dateTime(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

/** The headline and explanation: the signed QR link says 签名有效; a check code or the number alone says less. */
function useStatement(result: CertificateVerification): { title: string; explain: string } {
  const { t } = useTranslation();
  const { status, basis } = result;
  if (status === 'forged' || status === 'code_mismatch' || basis === 'signature') {
    return { title: t(`documents.verify.status.${status}`), explain: t(`documents.verify.explain.${status}`) };
  }
  const group = basis === 'check_code' ? 'byCode' : 'byRecord';
  return { title: t(`documents.verify.${group}.status.${status}`), explain: t(`documents.verify.${group}.explain.${status}`) };
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
      <Typography.Paragraph style={{ ...MUTED, fontSize: 12, margin: '8px 0 0' }}>
        {t(result.holderKind === 'person' ? 'documents.verify.holderNote' : 'documents.verify.enterpriseNote')} {t('documents.verify.fields.keyId')}：{result.keyId} ·{' '}
        <a href="/api/v1/certificates/public-key" target="_blank" rel="noreferrer" style={{ color: '#0b3f86', textDecoration: 'underline' }}>
          {t('documents.verify.publicKey')}
        </a>
      </Typography.Paragraph>
    </Card>
  );
}

interface VerifyFormValues {
  number: string;
  code?: string;
}

/** Number and (optionally) the printed check code; submitting opens /verify/<number>?code=…, a link that can be shared. */
function VerifyForm({ number, code }: { number: string; code: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const submit = ({ number: typed, code: typedCode }: VerifyFormValues) => {
    const clean = typed.trim().toUpperCase();
    const checkCode = typedCode?.trim().toUpperCase();
    void navigate(`/verify/${encodeURIComponent(clean)}${checkCode ? `?code=${encodeURIComponent(checkCode)}` : ''}`);
  };
  return (
    <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('documents.verify.form.title')}</h2>} size="small">
      <Typography.Paragraph style={{ ...MUTED, fontSize: 13 }}>
        {t('documents.verify.form.hint')}
      </Typography.Paragraph>
      <Form<VerifyFormValues> layout="vertical" onFinish={submit} initialValues={{ number, code }} key={`${number}|${code}`} data-testid="verify-form">
        <Form.Item
          name="number"
          label={t('documents.verify.form.number')}
          rules={[
            { required: true, whitespace: true, message: t('documents.verify.form.numberRequired') },
            { pattern: NUMBER_PATTERN, message: t('documents.verify.form.numberFormat') },
          ]}
        >
          <Input placeholder={t('documents.verify.form.numberPlaceholder')} autoComplete="off" inputMode="text" maxLength={64} data-testid="verify-form-number" />
        </Form.Item>
        <Form.Item name="code" label={t('documents.verify.form.code')} rules={[{ pattern: CODE_PATTERN, message: t('documents.verify.form.codeFormat') }]}>
          <Input placeholder={t('documents.verify.form.codePlaceholder')} autoComplete="off" maxLength={12} data-testid="verify-form-code" />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="verify-form-submit">
          {t('documents.verify.form.submit')}
        </Button>
      </Form>
    </Card>
  );
}

function Answer({ number, signature, code }: { number: string; signature: string | null; code: string | null }) {
  const { t } = useTranslation();
  const result = useApiResource(`${number}?${signature ?? ''}&${code ?? ''}`, (signal) => verifyCertificate(number, { s: signature, code }, { signal }));
  const notFound = result.status === 'error' && result.error instanceof ApiError && result.error.status === 404;
  if (result.status === 'loading') return <Skeleton active paragraph={{ rows: 6 }} />;
  if (notFound)
    return (
      <Result
        status="404"
        title={t('documents.verify.notFoundTitle')}
        subTitle={<span style={MUTED}>{t('documents.verify.notFoundSubtitle', { number })}</span>}
        extra={
          <Link to="/">
            <Button>{t('documents.verify.home')}</Button>
          </Link>
        }
        data-testid="verify-result"
        data-status="not_found"
      />
    );
  if (result.status === 'error') return <ProblemAlert title={t('documents.verify.loadFailed')} error={result.error} onRetry={result.retry} />;
  return <Verified result={result.data} />;
}

function Verified({ result }: { result: CertificateVerification }) {
  const statement = useStatement(result);
  return (
    <>
      <Result
        status={RESULT_STATUS[result.status]}
        title={
          <span style={{ fontSize: 28, fontWeight: 700 }} data-testid="verify-status-text">
            {statement.title}
          </span>
        }
        subTitle={
          <span style={{ ...MUTED, fontSize: 15 }} data-testid="verify-explain">
            {statement.explain}
          </span>
        }
        style={{ padding: '24px 8px' }}
        data-testid="verify-result"
        data-status={result.status}
        data-basis={result.basis}
      />
      <Details result={result} />
    </>
  );
}

/**
 * /verify — a form (number, optional check code); /verify/:number?s=… — where the QR code on a
 * certificate leads; /verify/:number?code=… — what the form opens. Works without an account and
 * on a phone: one big answer, then the details on record.
 */
export default function VerifyPage() {
  const { t } = useTranslation();
  const number = useParams().number ?? '';
  const [params] = useSearchParams();
  const signature = params.get('s');
  const code = params.get('code');
  useDocumentTitle(t('documents.verify.title'));

  return (
    <Flex vertical gap={12} style={{ maxWidth: 640, margin: '0 auto', width: '100%' }} data-testid="verify-page">
      <div>
        <PageTitle style={{ marginBottom: 4 }}>{t('documents.verify.title')}</PageTitle>
        <Typography.Text style={MUTED}>{t('documents.verify.subtitle')}</Typography.Text>
      </div>
      {number && <Answer number={number} signature={signature} code={code} />}
      {!signature && <VerifyForm number={number} code={code ?? ''} />}
    </Flex>
  );
}
