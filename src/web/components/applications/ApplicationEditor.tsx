import { CheckCircleOutlined, CloudSyncOutlined, SendOutlined, WarningOutlined } from '@ant-design/icons';
import type { RJSFSchema, UiSchema } from '@rjsf/utils';
import { Alert, Button, Card, Descriptions, Flex, Result, Skeleton, Typography } from 'antd';
import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchItemForm, submitApplication, type Application, type Submitted } from '../../api/applications.js';
import { ApiError } from '../../api/client.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { ProblemAlert } from '../ProblemAlert.js';
import { formatClock } from './format.js';
import { ErrorSummary, inPageOrder, type SummaryProblem } from './ErrorSummary.js';
import { MaterialSlots, materialTarget } from './MaterialSlots.js';
import { readonlyWhereFilled } from './prefill.js';
import { problemsOf } from './schemaValidator.js';
import { SchemaForm, type SchemaFormHandle } from './SchemaForm.js';
import { SubmittedResult } from './SubmittedResult.js';
import { useDraft, type SaveState } from './useDraft.js';
import { PageTitle } from '../PageTitle.js';

interface ApplicationEditorProps {
  id: number;
  /** Where the submitted case is seen (the applicant's case page or the window's intake page). */
  caseLink(caseId: number): string;
  /** Where the applicant's printable receipt is (the window prints from the result itself). */
  receiptLink?(caseId: number): string;
  /** Shown above the form, e.g. 代办 for whom. */
  banner?: ReactNode;
  /** Form fields shown read-only when the draft came with a value for them (typed on an earlier screen). */
  readonlyWhenPrefilled?: readonly (readonly string[])[];
}

/**
 * Filling in an application: the item's form (autosaved), its materials, and 提交. Used by the
 * applicant online and by the window clerk for a walk-in applicant (帮办代办).
 */
export function ApplicationEditor({ id, caseLink, receiptLink, banner, readonlyWhenPrefilled = [] }: ApplicationEditorProps) {
  const { t, i18n } = useTranslation();
  const draft = useDraft(id);
  const form = useApiResource(`form:${draft.app?.itemCode ?? ''}`, (signal) =>
    draft.app ? fetchItemForm(draft.app.itemCode, { signal }) : new Promise<never>(() => undefined),
  );
  const formRef = useRef<SchemaFormHandle>(null);
  const [submitting, setSubmitting] = useState(false);
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [submitted, setSubmitted] = useState<Submitted | null>(null);
  const [attempted, setAttempted] = useState(false);
  const [problems, setProblems] = useState<SummaryProblem[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [summaryShown, setSummaryShown] = useState(0);
  const lang = i18n.language.startsWith('zh') ? 'zh' : 'en';

  // Each failed 提交 moves focus to the summary (after it is on the page).
  useEffect(() => {
    if (summaryShown > 0) summaryRef.current?.focus();
  }, [summaryShown]);

  // What the draft held when it was opened decides what is read-only, not what is typed since.
  const [prefilled, setPrefilled] = useState<Record<string, unknown> | null>(null);
  if (draft.app && prefilled === null) setPrefilled(draft.app.formData ?? {});
  const formUiSchema = form.status === 'ready' ? (form.data.uiSchema as UiSchema) : null;
  const uiSchema = useMemo(
    () => formUiSchema && readonlyWhereFilled(formUiSchema, prefilled ?? {}, readonlyWhenPrefilled),
    // The paths are a constant of the page using the editor.
    [formUiSchema, prefilled],
  );

  if (draft.error) {
    const missing = draft.error instanceof ApiError && draft.error.status === 404;
    return missing ? (
      <Result status="404" title={t('applications.editor.notFound')} data-testid="application-not-found" />
    ) : (
      <ProblemAlert title={t('applications.editor.loadFailed')} error={draft.error} onRetry={() => void draft.reload()} />
    );
  }
  const app = draft.app;
  if (!app) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (submitted) return <SubmittedResult submitted={submitted} itemName={app.itemName} caseLink={caseLink(submitted.caseId)} receiptLink={receiptLink?.(submitted.caseId)} />;
  if (app.status === 'submitted') {
    return (
      <Result
        status="info"
        title={t('applications.editor.alreadySubmitted')}
        subTitle={app.receiptNo ? t('applications.receiptLine', { receiptNo: app.receiptNo }) : undefined}
        extra={app.caseId ? <Link to={caseLink(app.caseId)}>{t('applications.editor.openCase')}</Link> : null}
        data-testid="application-submitted"
      />
    );
  }

  const showProblems = (found: SummaryProblem[]) => {
    setProblems(inPageOrder(found));
    setSummaryShown((n) => n + 1);
  };

  const submit = async () => {
    setSubmitError(null);
    setAttempted(true);
    formRef.current?.validateForm();
    const schema = form.status === 'ready' ? form.data.schema : null;
    // Everything still wrong, at once: the form's fields (as the server would word them) and the materials.
    const found = [
      ...(schema ? problemsOf(schema, draft.formData, lang).map((p) => ({ target: fieldTarget(p.path), message: p.message })) : []),
      ...missingMaterials(app).map((m) => ({ target: materialTarget(m.id), message: t('applicantCase.validation.missingMaterial', { name: m.name }) })),
    ];
    if (found.length > 0) {
      showProblems(found);
      return;
    }
    setProblems([]);
    setSubmitting(true);
    try {
      await draft.flush();
      setSubmitted(await submitApplication(app.id, draft.version()));
      window.scrollTo({ top: 0 });
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) await draft.reload();
      if (error instanceof ApiError && error.errors && error.errors.length > 0) showProblems(error.errors.map((e) => ({ target: serverFieldTarget(e.field), message: e.message })));
      else setSubmitError(error);
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Flex vertical gap={16} data-testid="application-editor" data-application-id={app.id} data-version={app.version}>
      <Card>
        <Flex vertical gap={4}>
          <PageTitle style={{ margin: 0 }} data-testid="application-item-name">
            {app.itemName}
          </PageTitle>
          <Descriptions size="small" column={{ xs: 1, sm: 3 }}>
            <Descriptions.Item label={t('applications.editor.department')}>{app.departmentName}</Descriptions.Item>
            <Descriptions.Item label={t('applications.editor.applicant')}>{app.applicant.displayName}</Descriptions.Item>
            <Descriptions.Item label={t('applications.editor.channel')}>{t(`workflow.channel.${app.channel}`)}</Descriptions.Item>
          </Descriptions>
          <SaveIndicator state={draft.save} />
        </Flex>
      </Card>
      {banner}
      {problems.length > 0 && <ErrorSummary ref={summaryRef} problems={problems} />}
      <Card title={t('applications.editor.formTitle')}>
        {form.status === 'loading' && <Skeleton active />}
        {form.status === 'error' && <ProblemAlert title={t('applications.editor.formFailed')} error={form.error} onRetry={form.retry} />}
        {form.status === 'ready' && (
          <SchemaForm
            key={draft.formKey}
            formRef={formRef}
            schema={form.data.schema as RJSFSchema}
            uiSchema={uiSchema ?? (form.data.uiSchema as UiSchema)}
            formData={draft.formData}
            liveValidate={attempted}
            onChange={draft.edit}
          />
        )}
      </Card>
      <MaterialSlots app={app} editable run={draft.run} />
      {submitError !== null && <SubmitProblem error={submitError} />}
      <Flex justify="flex-end" gap={8} wrap>
        <Button type="primary" size="large" icon={<SendOutlined />} loading={submitting} onClick={() => void submit()} data-testid="application-submit">
          {t('applications.editor.submit')}
        </Button>
      </Flex>
    </Flex>
  );
}

function SaveIndicator({ state }: { state: SaveState }) {
  const { t } = useTranslation();
  const [text, icon, type] =
    state.kind === 'saving' || state.kind === 'dirty'
      ? [t('applications.editor.saving'), <CloudSyncOutlined key="i" />, 'secondary' as const]
      : state.kind === 'saved'
        ? [t('applications.editor.savedAt', { time: formatClock(state.at) }), <CheckCircleOutlined key="i" />, 'success' as const]
        : state.kind === 'failed'
          ? [t('applications.editor.saveFailed'), <WarningOutlined key="i" />, 'danger' as const]
          : [t('applications.editor.autosaveHint'), null, 'secondary' as const];
  return (
    <Typography.Text type={type} data-testid="autosave-status" data-state={state.kind} role="status">
      {icon} {text}
    </Typography.Text>
  );
}

/** The id rjsf gives a field's input (`root_applicant_contactName`). */
const fieldTarget = (path: string[]) => ['root', ...path].join('_');

/** Where a field the server named (`body.formData.applicant.contactName`, `materials.12`) is on the page. */
function serverFieldTarget(field: string): string {
  const material = /^materials\.(\d+)$/.exec(field);
  if (material) return materialTarget(Number(material[1]));
  return fieldTarget(field.replace(/^(body\.)?formData\.?/, '').split('.').filter(Boolean));
}

/** Required materials with nothing uploaded (shared ones come from the departments themselves). */
function missingMaterials(app: Application) {
  return app.materials.filter((m) => m.required && !m.shared && m.files.length === 0);
}

/** A submission that failed for another reason than the application's content (network, conflict …). */
function SubmitProblem({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (error instanceof ApiError) return <ProblemAlert title={t('applications.editor.submitFailed')} error={error} testId="submit-error" />;
  return <Alert type="error" showIcon title={(error as Error).message} data-testid="submit-error" />;
}
