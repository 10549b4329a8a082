import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchCaseApplication } from '../../api/applications.js';
import { ApiError } from '../../api/client.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { runCaseCommand, STALE_CASE, type CaseView } from '../../api/workflow.js';
import { MaterialSlots, openSupplement } from '../../components/applications/MaterialSlots.js';
import { notHandedIn } from '../../../shared/material-conditions.js';
import { useDraft } from '../../components/applications/useDraft.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';

/** The latest 补正 request (一次性告知): its complete list, as the window or the department wrote it, and its deadline. */
export function latestRequest(view: CaseView): { items: string[]; due: string | null } {
  let latest: { items: string[]; due: string | null } = { items: [], due: null };
  for (const { event } of view.timeline) if (event.kind === 'supplement_requested') latest = { items: event.items, due: event.due ?? null };
  return latest;
}

/**
 * 补正材料: everything asked for, in one list; uploads to the application's materials; then
 * 提交补正材料 runs `receive_supplement`, which restarts the clock.
 */
export function SupplementCard({ view, onChanged }: { view: CaseView; onChanged(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { items, due } = latestRequest(view);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const canSend = view.actions.some((a) => a.kind === 'receive_supplement');

  const send = async () => {
    setSending(true);
    setFailure(null);
    try {
      await runCaseCommand(view.id, view.version, { kind: 'receive_supplement' });
      void message.success(t('applications.supplement.sent'));
      onChanged();
    } catch (error) {
      if (error instanceof ApiError && error.code === STALE_CASE) onChanged();
      else setFailure(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <Card title={t('applications.supplement.title')} data-testid="supplement-card" styles={{ header: { background: '#fffbe6' } }}>
      <Flex vertical gap={12}>
        <Alert
          type="warning"
          showIcon
          title={t('applications.supplement.intro', { n: items.length })}
          description={
            <ol style={{ margin: 0, paddingInlineStart: 20 }} data-testid="supplement-items">
              {items.map((item) => (
                <li key={item} data-testid="supplement-item">
                  {item}
                </li>
              ))}
            </ol>
          }
        />
        {due && (
          <Typography.Text strong data-testid="supplement-due" data-due={due}>
            {t('supplement.card.due', { date: due })}
            <Typography.Text type="secondary" style={{ fontWeight: 'normal', marginInlineStart: 8 }}>
              {t('supplement.card.dueHint')}
            </Typography.Text>
          </Typography.Text>
        )}
        <SupplementUploads caseId={view.id} send={{ enabled: canSend, sending, onSend: () => void send() }} />
        {failure !== null && <ProblemAlert title={t('applications.supplement.failed')} error={failure} testId="supplement-error" />}
      </Flex>
    </Card>
  );
}

interface SendProps {
  enabled: boolean;
  sending: boolean;
  onSend(): void;
}

function SendButton({ enabled, sending, onSend }: SendProps) {
  const { t } = useTranslation();
  return (
    <Flex justify="flex-end">
      <Button type="primary" icon={<SendOutlined />} disabled={!enabled} loading={sending} onClick={onSend} data-testid="supplement-submit">
        {t('applications.supplement.submit')}
      </Button>
    </Flex>
  );
}

/** The application's upload slots; a case filed on paper has none, and is supplemented at the window. */
function SupplementUploads({ caseId, send }: { caseId: number; send: SendProps }) {
  const { t } = useTranslation();
  const application = useApiResource(`case-application:${caseId}`, (signal) => fetchCaseApplication(caseId, { signal }));
  if (application.status === 'loading') return <Skeleton active />;
  if (application.status === 'error') return <ProblemAlert title={t('applications.editor.loadFailed')} error={application.error} onRetry={application.retry} />;
  if (application.data === null)
    return (
      <>
        <Typography.Text type="secondary">{t('applications.supplement.atWindow')}</Typography.Text>
        <SendButton {...send} />
      </>
    );
  return <ApplicationUploads applicationId={application.data.id} send={send} />;
}

/** The slots, what is still to upload, and the hand-in button, held back until every listed material has a new file. */
function ApplicationUploads({ applicationId, send }: { applicationId: number; send: SendProps }) {
  const { t } = useTranslation();
  const draft = useDraft(applicationId);
  if (draft.error) return <ProblemAlert title={t('applications.editor.loadFailed')} error={draft.error} onRetry={() => void draft.reload()} />;
  if (!draft.app) return <Skeleton active />;
  const app = draft.app;
  const round = openSupplement(app);
  const files = app.materials.flatMap((m) => m.files.map((f) => ({ materialId: m.id, phase: f.phase, uploadedAt: f.uploadedAt })));
  const pending = round ? notHandedIn(round, files).map((id) => app.materials.find((m) => m.id === id)?.name ?? String(id)) : [];
  return (
    <>
      <MaterialSlots app={app} editable phase="supplement" run={draft.run} />
      {round && (
        <Alert
          type={pending.length > 0 ? 'info' : 'success'}
          showIcon
          data-testid="supplement-pending"
          data-pending={pending.length}
          title={pending.length > 0 ? t('supplement.card.pending', { names: pending.join('、') }) : t('supplement.card.ready')}
        />
      )}
      <SendButton {...send} enabled={send.enabled && pending.length === 0} />
    </>
  );
}
