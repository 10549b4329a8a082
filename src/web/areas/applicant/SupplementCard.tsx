import { SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchCaseApplication } from '../../api/applications.js';
import { ApiError } from '../../api/client.js';
import { useApiResource } from '../../hooks/useApiResource.js';
import { runCaseCommand, STALE_CASE, type CaseView } from '../../api/workflow.js';
import { MaterialSlots } from '../../components/applications/MaterialSlots.js';
import { useDraft } from '../../components/applications/useDraft.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';

/** The complete list from the latest 补正 request (一次性告知), as the window or the department wrote it. */
export function requestedItems(view: CaseView): string[] {
  let items: string[] = [];
  for (const { event } of view.timeline) if (event.kind === 'supplement_requested') items = event.items;
  return items;
}

/**
 * 补正材料: everything asked for, in one list; uploads to the application's materials; then
 * 提交补正材料 runs `receive_supplement`, which restarts the clock.
 */
export function SupplementCard({ view, onChanged }: { view: CaseView; onChanged(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const items = requestedItems(view);
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
        <SupplementUploads caseId={view.id} />
        {failure !== null && <ProblemAlert title={t('applications.supplement.failed')} error={failure} testId="supplement-error" />}
        <Flex justify="flex-end">
          <Button type="primary" icon={<SendOutlined />} disabled={!canSend} loading={sending} onClick={() => void send()} data-testid="supplement-submit">
            {t('applications.supplement.submit')}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}

/** The application's upload slots; a case filed on paper has none, and is supplemented at the window. */
function SupplementUploads({ caseId }: { caseId: number }) {
  const { t } = useTranslation();
  const application = useApiResource(`case-application:${caseId}`, (signal) => fetchCaseApplication(caseId, { signal }));
  if (application.status === 'loading') return <Skeleton active />;
  if (application.status === 'error') return <ProblemAlert title={t('applications.editor.loadFailed')} error={application.error} onRetry={application.retry} />;
  if (application.data === null) return <Typography.Text type="secondary">{t('applications.supplement.atWindow')}</Typography.Text>;
  return <ApplicationUploads applicationId={application.data.id} />;
}

function ApplicationUploads({ applicationId }: { applicationId: number }) {
  const { t } = useTranslation();
  const draft = useDraft(applicationId);
  if (draft.error) return <ProblemAlert title={t('applications.editor.loadFailed')} error={draft.error} onRetry={() => void draft.reload()} />;
  if (!draft.app) return <Skeleton active />;
  return <MaterialSlots app={draft.app} editable phase="supplement" run={draft.run} />;
}
