import { ArrowLeftOutlined } from '@ant-design/icons';
import { Col, Flex, Result, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CaseDocuments } from '../../../components/CaseDocuments.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle.js';
import { ActionBar } from '../actions/ActionBar.js';
import { useDepartmentNames } from '../shared/lookups.js';
import { CaseHeader } from './CaseHeader.js';
import { CaseApplication } from './CaseApplication.js';
import { CaseTasks } from './CaseTasks.js';
import { CaseTimeline } from './CaseTimeline.js';
import { useCaseItem } from './useCaseItem.js';
import { useRoutedCase } from './useRoutedCase.js';

/** One case for the department: what it is, who works on it, everything that happened, and what the caller may do. */
export function CasePage() {
  const { t } = useTranslation();
  const { view, error, reload, missing } = useRoutedCase();
  const item = useCaseItem(view?.itemCode ?? null);
  const departmentName = useDepartmentNames();
  useDocumentTitle(view ? view.receiptNo : t('workflow.case.receiptNo'));

  const back = (
    <Link to="/dept" data-testid="case-back">
      <ArrowLeftOutlined aria-hidden /> {t('workflow.case.back')}
    </Link>
  );
  if (missing) {
    return (
      <Result status="404" title={t('workflow.case.notFoundTitle')} subTitle={t('workflow.case.notFoundSubtitle')} extra={back} data-testid="case-not-found" />
    );
  }
  if (error) return <ProblemAlert title={t('workflow.case.loadFailed')} error={error} onRetry={reload} />;
  if (!view) return <Skeleton active />;

  return (
    <Flex vertical gap={16} data-testid="case-page" data-case-id={view.id} data-status={view.status} data-version={view.version}>
      {back}
      <CaseHeader view={view} itemName={item.status === 'ready' ? item.data.name : null} departmentName={departmentName} />
      <ActionBar view={view} onChanged={reload} />
      <CaseTasks view={view} departmentName={departmentName} />
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <CaseTimeline view={view} departmentName={departmentName} />
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={16}>
            <CaseDocuments caseId={view.id} version={view.version} department={view.department} />
            <CaseApplication view={view} item={item} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
