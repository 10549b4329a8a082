import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Result, Skeleton, Typography } from 'antd';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchCaseApplication, type ApplicantCaseView, type Application } from '../../api/applications.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { useRoutedCase } from '../dept/case/useRoutedCase.js';

/** On paper (or a saved PDF) the receipt alone: no header, menu, footer or buttons; black on white. */
const PRINT_CSS = `
@media print {
  .ant-layout-header, .ant-layout-footer, nav, .no-print { display: none !important; }
  .ant-layout, .ant-layout-content, body { background: #fff !important; }
  [data-testid="receipt"] { box-shadow: none !important; border: 1px solid #000 !important; max-width: none !important; }
}`;

/** Where the QR code leads: the public progress lookup, filled in with both codes. */
const lookupUrl = (receiptNo: string, queryCode: string) => `${window.location.origin}/lookup?receiptNo=${encodeURIComponent(receiptNo)}&queryCode=${encodeURIComponent(queryCode)}`;

/** What was handed in, material by material (first submission and any supplement). */
function receivedMaterials(app: Application | null) {
  return (app?.materials ?? []).filter((m) => m.files.length > 0).map((m) => ({ id: m.id, name: m.name, count: m.files.length }));
}

/**
 * /my/cases/:id/receipt — the application receipt (申请回执), to print or show on a phone, at any
 * time after submission: item, department, applicant, date, the materials received, both codes and
 * a QR code to the public progress lookup.
 */
export function ReceiptPage() {
  const { t } = useTranslation();
  const routed = useRoutedCase();
  // The server answers a case's applicant with the applicant's view (query code included).
  const view = routed.view as ApplicantCaseView | null;
  const application = useApiResource(`receipt-application:${routed.id}`, (signal) => fetchCaseApplication(routed.id, { signal }));
  useDocumentTitle(view ? t('applicantCase.receipt.documentTitle', { receiptNo: view.receiptNo }) : t('applicantCase.receipt.title'));

  const back = (
    <Link to={`/my/cases/${routed.id}`} data-testid="receipt-back" className="no-print">
      <ArrowLeftOutlined aria-hidden /> {t('applicantCase.receipt.back')}
    </Link>
  );
  if (routed.missing) return <Result status="404" title={t('applicantCase.receipt.notFound')} extra={<Link to="/my">{t('applications.my.back')}</Link>} data-testid="receipt-not-found" />;
  if (routed.error) return <ProblemAlert title={t('workflow.case.loadFailed')} error={routed.error} onRetry={routed.reload} />;
  if (!view || application.status === 'loading') return <Skeleton active />;

  const app = application.status === 'ready' ? application.data : null;
  const materials = receivedMaterials(app);
  const submittedOn = view.timeline.find((e) => e.kind === 'submitted')?.event.on ?? view.submittedAt.slice(0, 10);
  const code = { fontFamily: 'monospace', fontSize: 18, letterSpacing: 1 } as const;

  return (
    <Flex vertical gap={12}>
      <style>{PRINT_CSS}</style>
      {back}
      <Card data-testid="receipt" style={{ maxWidth: 720, width: '100%', margin: '0 auto' }}>
        <Flex vertical gap={16}>
          <Flex vertical align="center" gap={2}>
            <Typography.Text type="secondary">{t('applicantCase.receipt.issuer')}</Typography.Text>
            <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
              {t('applicantCase.receipt.title')}
            </Typography.Title>
          </Flex>
          {application.status === 'error' && <ProblemAlert title={t('workflow.case.applicationFailed')} error={application.error} onRetry={application.retry} />}
          <Descriptions column={1} bordered size="small" styles={{ label: { width: '8em' } }}>
            <Descriptions.Item label={t('applicantCase.receipt.item')}>
              <span data-testid="receipt-item">{view.itemName}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('applicantCase.receipt.department')}>
              <span data-testid="receipt-department">{view.departmentName}</span>
            </Descriptions.Item>
            {app && <Descriptions.Item label={t('applicantCase.receipt.applicant')}>{app.applicant.displayName}</Descriptions.Item>}
            <Descriptions.Item label={t('applicantCase.receipt.submittedOn')}>
              <span data-testid="receipt-date">{submittedOn}</span>
            </Descriptions.Item>
            <Descriptions.Item label={t('applications.receiptNo')}>
              <Typography.Text strong style={code} data-testid="receipt-receipt-no">
                {view.receiptNo}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('applications.queryCode')}>
              <Typography.Text strong style={code} data-testid="receipt-query-code">
                {view.queryCode}
              </Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('applicantCase.receipt.materials')}>
              {materials.length === 0 ? (
                <Typography.Text type="secondary">{t('applicantCase.receipt.noMaterials')}</Typography.Text>
              ) : (
                <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="receipt-materials">
                  {materials.map((m) => (
                    <li key={m.id} data-testid="receipt-material">
                      {t('applicantCase.receipt.materialLine', { name: m.name, count: m.count })}
                    </li>
                  ))}
                </ol>
              )}
            </Descriptions.Item>
          </Descriptions>
          <Flex gap={16} align="center" wrap justify="center">
            <Flex vertical align="center" gap={4}>
              <LookupQr url={lookupUrl(view.receiptNo, view.queryCode)} label={t('applicantCase.receipt.qr')} />
              <Typography.Text type="secondary" style={{ fontSize: 13 }} aria-hidden>
                {t('applicantCase.receipt.qr')}
              </Typography.Text>
            </Flex>
            <Typography.Paragraph style={{ margin: 0, maxWidth: 420 }}>{t('applicantCase.receipt.keep')}</Typography.Paragraph>
          </Flex>
        </Flex>
      </Card>
      <Flex justify="center" className="no-print">
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()} data-testid="receipt-print">
          {t('applicantCase.receipt.print')}
        </Button>
      </Flex>
    </Flex>
  );
}

/** The QR code as an image with its text alternative (the same `qrcode` library draws the notices' codes on the server). */
function LookupQr({ url, label }: { url: string; label: string }) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toString(url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((svg) => live && setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`));
    return () => {
      live = false;
    };
  }, [url]);
  return src ? <img src={src} alt={label} width={140} height={140} data-testid="receipt-qr" data-url={url} /> : <div style={{ width: 140, height: 140 }} />;
}
