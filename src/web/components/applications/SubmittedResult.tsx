import { PrinterOutlined } from '@ant-design/icons';
import { Button, Descriptions, Flex, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Submitted } from '../../api/applications.js';

/** On paper the receipt alone: no navigation, footer or buttons. */
const PRINT_CSS = '@media print { .ant-layout-header, .ant-layout-footer, nav, .no-print { display: none !important; } }';

/** 申请已提交: the receipt number and query code, large enough to copy down, and a printable receipt. */
export function SubmittedResult({ submitted, itemName, caseLink, receiptLink }: { submitted: Submitted; itemName: string; caseLink: string; receiptLink?: string | undefined }) {
  const { t } = useTranslation();
  const big = { fontSize: 22, fontFamily: 'monospace', letterSpacing: 1 } as const;
  return (
    <Result
      status="success"
      title={t('applications.submitted.title')}
      subTitle={t('applications.submitted.subtitle', { item: itemName })}
      data-testid="application-submitted-result"
      extra={
        <Flex gap={8} wrap justify="center" className="no-print">
          {receiptLink ? (
            // The receipt page has the QR code and the materials received, and can be opened again later.
            <Link to={receiptLink} data-testid="submitted-print">
              <Button type="primary" icon={<PrinterOutlined />}>
                {t('applications.submitted.print')}
              </Button>
            </Link>
          ) : (
            <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="submitted-print">
              {t('applications.submitted.print')}
            </Button>
          )}
          <Link to={caseLink} data-testid="submitted-case-link">
            <Button>{t('applications.submitted.viewCase')}</Button>
          </Link>
        </Flex>
      }
    >
      <style>{PRINT_CSS}</style>
      <Descriptions column={1} bordered size="middle" style={{ maxWidth: 520, margin: '0 auto' }}>
        <Descriptions.Item label={t('applications.receiptNo')}>
          <Typography.Text copyable strong style={big} data-testid="receipt-no">
            {submitted.receiptNo}
          </Typography.Text>
        </Descriptions.Item>
        <Descriptions.Item label={t('applications.queryCode')}>
          <Typography.Text copyable strong style={big} data-testid="query-code">
            {submitted.queryCode}
          </Typography.Text>
        </Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center', marginTop: 16 }}>
        {t('applications.submitted.keep')}
      </Typography.Paragraph>
    </Result>
  );
}
