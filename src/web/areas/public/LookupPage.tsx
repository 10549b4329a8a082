import { SearchOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Form, Input, Result, Timeline, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isValidReceiptNumber } from '../../../shared/receipt-number.js';
import { lookupProgress, type PublicProgress } from '../../api/applications.js';
import { ApiError } from '../../api/client.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { CaseClock } from '../applicant/CaseClock.js';
import { CaseStatusTag } from '../dept/case/CaseHeader.js';
import { PageTitle } from '../../components/PageTitle.js';

interface Values {
  receiptNo: string;
  queryCode: string;
}

/**
 * /lookup — 办件进度查询 without signing in: the receipt number and the query code together.
 * The receipt number's check character is verified here first, so a mistyped digit is caught
 * before anything is asked of the server.
 */
export default function LookupPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('applications.lookup.title'));
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [result, setResult] = useState<PublicProgress | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [notFound, setNotFound] = useState(false);
  const [loading, setLoading] = useState(false);

  // The QR code on an acceptance notice links here with both codes: look it up at once.
  useEffect(() => {
    if (params.get('receiptNo') && params.get('queryCode')) form.submit();
  }, []); // eslint-disable-line react-hooks/exhaustive-deps

  const search = async ({ receiptNo, queryCode }: Values) => {
    setLoading(true);
    setFailure(null);
    setNotFound(false);
    setResult(null);
    try {
      setResult(await lookupProgress(receiptNo.trim().toUpperCase(), queryCode.trim()));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) setNotFound(true);
      // The server checks the check character too (a link or script may skip this page's check).
      else if (error instanceof ApiError && error.field === 'query.receiptNo') form.setFields([{ name: 'receiptNo', errors: [t('applications.lookup.receiptInvalid')] }]);
      else setFailure(error);
    } finally {
      setLoading(false);
    }
  };

  return (
    <Flex vertical gap={16} style={{ maxWidth: 720, margin: '0 auto', width: '100%' }} data-testid="lookup-page">
      <Card>
        <PageTitle style={{ marginTop: 0 }}>{t('applications.lookup.title')}</PageTitle>
        <Typography.Paragraph type="secondary">{t('applications.lookup.intro')}</Typography.Paragraph>
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={search}
          initialValues={{ receiptNo: params.get('receiptNo') ?? '', queryCode: params.get('queryCode') ?? '' }}
          requiredMark={false}
        >
          <Form.Item
            name="receiptNo"
            label={t('applications.receiptNo')}
            validateTrigger="onSubmit"
            rules={[
              { required: true, whitespace: true, message: t('applications.lookup.receiptRequired') },
              {
                validator: async (_rule, value?: string) => {
                  if (value?.trim() && !isValidReceiptNumber(value)) throw new Error(t('applications.lookup.receiptInvalid'));
                },
              },
            ]}
          >
            <Input size="large" maxLength={21} autoComplete="off" inputMode="text" placeholder={t('applications.lookup.receiptPlaceholder')} data-testid="lookup-receipt" />
          </Form.Item>
          <Form.Item name="queryCode" label={t('applications.queryCode')} validateTrigger="onSubmit" rules={[{ required: true, whitespace: true, message: t('applications.lookup.codeRequired') }]}>
            <Input size="large" maxLength={32} autoComplete="off" data-testid="lookup-code" />
          </Form.Item>
          <Button type="primary" size="large" htmlType="submit" icon={<SearchOutlined />} loading={loading} data-testid="lookup-submit" block>
            {t('applications.lookup.submit')}
          </Button>
        </Form>
      </Card>
      {notFound && <Result status="warning" title={t('applications.lookup.notFound')} subTitle={t('applications.lookup.notFoundHint')} data-testid="lookup-not-found" />}
      {failure !== null && <ProblemAlert title={t('applications.lookup.failed')} error={failure} />}
      {result && <ProgressCard progress={result} />}
    </Flex>
  );
}

function ProgressCard({ progress }: { progress: PublicProgress }) {
  const { t } = useTranslation();
  return (
    <Card data-testid="lookup-result" data-status={progress.status}>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {progress.itemName}
        </Typography.Title>
        <CaseStatusTag status={progress.status} />
      </Flex>
      <Descriptions size="small" column={{ xs: 1, sm: 2 }} bordered>
        <Descriptions.Item label={t('applications.receiptNo')}>{progress.receiptNo}</Descriptions.Item>
        <Descriptions.Item label={t('applications.lookup.status')}>
          <span data-testid="lookup-status-text">{progress.statusText}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('workflow.case.department')}>{progress.departmentName}</Descriptions.Item>
        <Descriptions.Item label={t('applications.lookup.submittedOn')}>{progress.submittedOn}</Descriptions.Item>
        <Descriptions.Item label={t('applications.case.acceptedOn')}>
          <span data-testid="lookup-accepted-on">{progress.acceptedOn ?? '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('workflow.case.due')}>
          <span data-testid="lookup-due-on">{progress.dueOn ?? '—'}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t('workflow.case.timeLeft')} span={2}>
          <CaseClock status={progress.status} daysLeft={progress.daysLeft} clockPaused={progress.clockPaused} />
        </Descriptions.Item>
      </Descriptions>
      <Typography.Title level={4}>{t('applications.lookup.steps')}</Typography.Title>
      <Timeline
        data-testid="lookup-steps"
        items={progress.steps.map((step, i) => ({
          key: i,
          content: (
            <span data-testid="lookup-step">
              <Typography.Text type="secondary">{step.on}</Typography.Text> {step.label}
            </span>
          ),
        }))}
      />
    </Card>
  );
}
