import { Alert, Form, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AllowedAction, CaseView } from '../../../api/workflow.js';
import { buttonTestId } from '../../../components/buttonTestId.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { ActionFields } from './ActionFields.js';
import { commandFor, type ActionValues, type DeptAction } from './actionKinds.js';
import { useCaseCommand } from './useCaseCommand.js';

interface ActionModalProps {
  view: CaseView;
  action: AllowedAction & { kind: DeptAction };
  title: string;
  taskName: string | null;
  onClose(): void;
  /** The case changed (or turned out to have changed): load it again. */
  onChanged(): void;
}

const HINTS: Partial<Record<DeptAction, 'workflow.form.claimHint' | 'workflow.form.completeHint' | 'workflow.form.procedureHint'>> = {
  claim: 'workflow.form.claimHint',
  complete: 'workflow.form.completeHint',
  start_special_procedure: 'workflow.form.procedureHint',
};

/**
 * One action in a form: required fields are checked here, the engine's rules on the server, whose
 * explanation (problem `detail`) shows in the form. The command carries the version the page
 * loaded, so an action never lands on a case someone else has changed meanwhile.
 */
export function ActionModal({ view, action, title, taskName, onClose, onChanged }: ActionModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ActionValues>();
  const { send, sending, failure } = useCaseCommand(view, { onClose, onChanged });
  const hint = HINTS[action.kind];

  const submit = (values: ActionValues) => send(commandFor(action, values), title);

  return (
    <Modal
      open
      title={title}
      okText={t('workflow.form.submit')}
      cancelText={t('common.cancel')}
      okButtonProps={buttonTestId('action-submit', { danger: action.kind === 'reject' })}
      confirmLoading={sending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <div data-testid="action-modal" data-kind={action.kind}>
        {taskName && (
          <Typography.Paragraph type="secondary" style={{ marginBottom: 12 }}>
            {t('workflow.form.task', { task: taskName })}
          </Typography.Paragraph>
        )}
        {hint && <Alert type="info" showIcon title={t(hint)} style={{ marginBottom: 12 }} />}
        {failure !== null && (
          <div style={{ marginBottom: 12 }}>
            <ProblemAlert title={t('workflow.form.failed')} error={failure} testId="action-error" />
          </div>
        )}
        <Form<ActionValues> form={form} layout="vertical" onFinish={submit} requiredMark>
          <ActionFields kind={action.kind} view={view} />
        </Form>
      </div>
    </Modal>
  );
}
