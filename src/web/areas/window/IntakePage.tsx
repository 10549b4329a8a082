import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Flex, Result, Row, Skeleton } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchCaseApplication, fetchItemForm, type Application } from '../../api/applications.js';
import type { CaseStatus, CaseView } from '../../api/workflow.js';
import { FormAnswers } from '../../components/applications/FormAnswers.js';
import { useDraft } from '../../components/applications/useDraft.js';
import { CaseDocuments } from '../../components/CaseDocuments.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../hooks/useDocumentTitle.js';
import { CaseHeader } from '../dept/case/CaseHeader.js';
import { CaseTimeline } from '../dept/case/CaseTimeline.js';
import { useRoutedCase } from '../dept/case/useRoutedCase.js';
import { useDepartmentNames } from '../dept/shared/lookups.js';
import { IntakeDecision } from './IntakeDecision.js';
import { MaterialChecks, supplementDraft } from './MaterialChecks.js';
import { OriginalsCard } from './OriginalsCard.js';

/** Intake is still open: the materials may be checked and a decision taken. */
const AT_INTAKE: readonly CaseStatus[] = ['submitted', 'in_prereview', 'awaiting_supplement'];
/** The result is ready to collect: the moment originals of a 网上受理 item are seen. */
const AT_COLLECTION: readonly CaseStatus[] = ['decided_approved', 'completed', 'delivered'];

/** /window/cases/:id — 受理审查: the application's answers beside its materials checked one by one, then the intake decision. */
export function IntakePage() {
  const { t } = useTranslation();
  const { id, view, error, reload, missing } = useRoutedCase();
  const application = useApiResource(`case-application:${id > 0 ? id : 0}`, (signal) => fetchCaseApplication(id, { signal }));
  const departmentName = useDepartmentNames();
  useDocumentTitle(view ? view.receiptNo : t('applications.intake.title'));

  const back = (
    <Link to="/window" data-testid="back-to-queue">
      <ArrowLeftOutlined aria-hidden /> {t('applications.queue.back')}
    </Link>
  );
  if (missing) {
    return <Result status="404" title={t('workflow.case.notFoundTitle')} subTitle={t('workflow.case.notFoundSubtitle')} extra={back} data-testid="case-not-found" />;
  }
  if (error) return <ProblemAlert title={t('workflow.case.loadFailed')} error={error} onRetry={reload} />;
  if (!view || application.status === 'loading') return <Skeleton active />;
  if (application.status === 'error') return <ProblemAlert title={t('applications.editor.loadFailed')} error={application.error} onRetry={application.retry} />;

  return (
    <Flex vertical gap={16} data-testid="intake-page" data-case-id={view.id} data-status={view.status} data-version={view.version}>
      {back}
      {application.data ? (
        <IntakeBody view={view} applicationId={application.data.id} departmentName={departmentName} onChanged={reload} />
      ) : (
        <>
          <CaseHeader view={view} itemName={null} departmentName={departmentName} />
          <Alert type="info" showIcon title={t('applications.intake.noApplication')} />
          <IntakeDecision view={view} supplementLines={[]} uncheckedFiles={0} onChanged={reload} />
          <CaseTimeline view={view} departmentName={departmentName} />
        </>
      )}
    </Flex>
  );
}

/** The window's first 一次性告知 list, if one went out: a second request may only repeat it. */
function firstIntakeList(view: CaseView): string[] | null {
  const first = view.timeline.find(({ event }) => event.kind === 'supplement_requested' && event.taskId === undefined);
  return first?.event.kind === 'supplement_requested' ? first.event.items : null;
}

/** Where the supplement stands: out until its deadline, or back and waiting for the second check. */
function SupplementStatus({ app, status }: { app: Application; status: CaseStatus }) {
  const { t } = useTranslation();
  const last = app.supplements.at(-1);
  if (!last) return null;
  if (status === 'awaiting_supplement' && last.receivedAt === null) return <Alert type="warning" showIcon data-testid="intake-supplement-out" title={t('supplement.intake.out', { date: last.dueOn })} />;
  if (status === 'submitted' && last.receivedAt !== null) return <Alert type="info" showIcon data-testid="intake-supplement-received" title={t('supplement.intake.received')} />;
  return null;
}

function IntakeBody({ view, applicationId, departmentName, onChanged }: { view: CaseView; applicationId: number; departmentName(code: string): string; onChanged(): void }) {
  const { t } = useTranslation();
  const draft = useDraft(applicationId);
  const form = useApiResource(`item-form:${view.itemCode}`, (signal) => fetchItemForm(view.itemCode, { signal }));
  const app = draft.app;
  if (draft.error) return <ProblemAlert title={t('applications.editor.loadFailed')} error={draft.error} onRetry={() => void draft.reload()} />;
  if (!app) return <Skeleton active />;
  const atIntake = AT_INTAKE.includes(view.status);
  const firstList = firstIntakeList(view);
  const unchecked = app.materials.reduce((n, m) => n + m.files.filter((f) => f.check === 'pending').length, 0);
  const changed = () => {
    onChanged();
    void draft.reload();
  };
  return (
    <>
      <CaseHeader view={view} itemName={app.itemName} departmentName={departmentName} />
      <Alert
        type="info"
        showIcon
        data-testid="intake-applicant"
        title={t('applications.intake.applicantLine', { name: app.applicant.displayName })}
        // People by name, never by login name (the case view names everyone its events mention).
        description={app.filedBy ? t('applications.intake.filedBy', { by: view.people[app.filedBy] ?? t('staff.actor.unknown') }) : undefined}
      />
      {app.handlingDepth === 'online_accept' && AT_COLLECTION.includes(view.status) && <OriginalsCard caseId={view.id} />}
      {/* The whole application next to its checks: the clerk decides on what was asked and what was sent. */}
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <Card title={t('workflow.case.formTitle')} data-testid="intake-form">
            {form.status === 'error' ? (
              <ProblemAlert title={t('applications.editor.loadFailed')} error={form.error} onRetry={form.retry} />
            ) : (
              <FormAnswers schema={form.status === 'ready' ? form.data.schema : null} formData={app.formData} />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <MaterialChecks app={app} editable={atIntake} run={draft.run} />
        </Col>
      </Row>
      {atIntake && <SupplementStatus app={app} status={view.status} />}
      {atIntake && <IntakeDecision view={view} supplementLines={supplementDraft(app, t, firstList)} repeat={firstList !== null} uncheckedFiles={unchecked} onChanged={changed} />}
      {/* 受理通知书, 补正通知书 … to print for the applicant. */}
      <CaseDocuments caseId={view.id} version={view.version} department={view.department} />
      <CaseTimeline view={view} departmentName={departmentName} />
    </>
  );
}
