import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/client.js';
import { runCaseCommand, STALE_CASE, type CaseView } from '../../../api/workflow.js';

/**
 * Sends one command for the case version on screen, from a modal. Success: a message, the modal
 * closes, the case reloads. Someone changed the case meanwhile (409): a warning and a reload —
 * the action is never applied to a state the person did not see. Anything else stays in the
 * modal as `failure`.
 */
export function useCaseCommand(view: Pick<CaseView, 'id' | 'version'>, { onClose, onChanged }: { onClose(): void; onChanged(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);

  const send = async (command: Parameters<typeof runCaseCommand>[2], actionName: string) => {
    setSending(true);
    setFailure(null);
    try {
      await runCaseCommand(view.id, view.version, command);
      void message.success(t('workflow.form.done', { action: actionName }));
      onClose();
      onChanged();
    } catch (error) {
      if (error instanceof ApiError && error.code === STALE_CASE) {
        void message.warning(t('workflow.form.stale'));
        onClose();
        onChanged();
      } else {
        setFailure(error);
      }
    } finally {
      setSending(false);
    }
  };
  return { send, sending, failure };
}
