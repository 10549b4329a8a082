import { ArrowLeftOutlined } from '@ant-design/icons';
import { Card, Descriptions, Flex, Result, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CaseDocuments } from '../../components/CaseDocuments.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { CaseStatusTag } from '../dept/case/CaseHeader.js';
import { CaseTimeline } from '../dept/case/CaseTimeline.js';
import { useCaseItem } from '../dept/case/useCaseItem.js';
import { useRoutedCase } from '../dept/case/useRoutedCase.js';
import { useDepartmentNames } from '../dept/shared/lookups.js';
import { CaseClock } from './CaseClock.js';
import { SupplementCard } from './SupplementCard.js';
import { WithdrawButton } from './WithdrawButton.js';
import { PageTitle } from '../../components/PageTitle.js';

/** /my/cases/:id — one of the applicant's cases: where it stands, what is asked of them, what happened. */
export function MyCasePage() {
  const { t } = useTranslation();
  const { view, error, reload, missing } = useRoutedCase();
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
        {canWithdraw && (
          <Flex justify="flex-end">
            <WithdrawButton view={view} onChanged={reload} />
          </Flex>
        )}
      </Card>
      {view.status === 'awaiting_supplement' && <SupplementCard view={view} onChanged={reload} />}
      <CaseDocuments caseId={view.id} version={view.version} />
      <CaseTimeline view={view} departmentName={departmentName} />
    </Flex>
  );
}
