import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Flex, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ApplicantCaseView } from '../../api/applications.js';
import { CaseDocuments } from '../../components/CaseDocuments.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { CaseStatusTag } from '../dept/case/CaseHeader.js';
import { CaseApplication } from '../dept/case/CaseApplication.js';
import { useCaseItem } from '../dept/case/useCaseItem.js';
import { useRoutedCase } from '../dept/case/useRoutedCase.js';
import { useDepartmentNames } from '../dept/shared/lookups.js';
import { ApplicantTimeline } from './ApplicantTimeline.js';
import { CaseClock } from './CaseClock.js';
import { SupplementCard } from './SupplementCard.js';
import { WithdrawButton } from './WithdrawButton.js';
import { PageTitle } from '../../components/PageTitle.js';

/**
 * /my/cases/:id — one of the applicant's cases: where it stands, what is asked of them, what they
 * submitted (form answers and files), the query code and receipt, what happened.
 */
export function MyCasePage() {
  const { t } = useTranslation();
  const routed = useRoutedCase();
  const { error, reload, missing } = routed;
  // The server answers a case's applicant with the applicant's view (query code, internal-free timeline).
  const view = routed.view as ApplicantCaseView | null;
  const item = useCaseItem(view?.itemCode ?? null);
  const departmentName = useDepartmentNames();
  useDocumentTitle(view ? view.receiptNo : t('applications.receiptNo'));

  const back = (
    <Link to="/my" data-testid="back-to-my">
      <ArrowLeftOutlined aria-hidden /> {t('applications.my.back')}
    </Link>
  );
  if (missing) {
    return <Result status="404" title={t('workflow.case.notFoundTitle')} subTitle={t('applications.case.notFound')} extra={back} data-testid="case-not-found" />;
  }
  if (error) return <ProblemAlert title={t('workflow.case.loadFailed')} error={error} onRetry={reload} />;
  if (!view) return <Skeleton active />;

  const itemName = item.status === 'ready' ? item.data.name : view.itemCode;
  const canWithdraw = view.actions.some((a) => a.kind === 'withdraw');
  const accepted = view.timeline.find((e) => e.event.kind === 'accepted' || e.event.kind === 'deemed_accepted');

  return (
    <Flex vertical gap={16} data-testid="my-case-page" data-case-id={view.id} data-status={view.status} data-version={view.version}>
      {back}
      <Card data-testid="case-header">
        <Flex vertical gap={4} style={{ marginBottom: 12 }}>
          <Flex gap={8} align="center" wrap>
            <PageTitle style={{ margin: 0 }} data-testid="case-item-name">
              {itemName}
            </PageTitle>
            <CaseStatusTag status={view.status} />
          </Flex>
          <Typography.Text type="secondary" copyable={{ text: view.receiptNo }} data-testid="case-receipt-no">
            {t('applications.receiptLine', { receiptNo: view.receiptNo })}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('applicantCase.case.queryCode')}：
            <Typography.Text strong copyable={{ text: view.queryCode }} data-testid="case-query-code" style={{ fontFamily: 'monospace' }}>
              {view.queryCode}
            </Typography.Text>
          </Typography.Text>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {t('applicantCase.case.queryCodeHint')}
          </Typography.Text>
        </Flex>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 4 }}>
          <Descriptions.Item label={t('workflow.case.department')}>{departmentName(view.department)}</Descriptions.Item>
          <Descriptions.Item label={t('applications.case.acceptedOn')}>
            <span data-testid="case-accepted-on">{accepted?.event.on ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('workflow.case.due')}>
            <span data-testid="case-due-on">{view.due ?? '—'}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('workflow.case.timeLeft')}>
            <span data-testid="case-due">
              <CaseClock status={view.status} daysLeft={view.daysLeft} clockPaused={view.clockPaused} />
            </span>
          </Descriptions.Item>
        </Descriptions>
        <Flex justify="flex-end" gap={8} wrap>
          <Link to={`/my/cases/${view.id}/receipt`} data-testid="case-receipt-link">
            <Button icon={<PrinterOutlined />}>{t('applicantCase.case.receipt')}</Button>
          </Link>
          {canWithdraw && <WithdrawButton view={view} onChanged={reload} />}
        </Flex>
      </Card>
      {view.status === 'awaiting_supplement' && <SupplementCard view={view} onChanged={reload} />}
      <CaseDocuments caseId={view.id} version={view.version} />
      <CaseApplication view={view} item={item} />
      <ApplicantTimeline timeline={view.timeline} departmentName={departmentName} />
    </Flex>
  );
}
