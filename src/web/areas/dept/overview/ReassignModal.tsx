import { Alert, App, Form, Input, Modal, Select, Skeleton } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchCandidates, reassignTask, type OverviewTask } from '../../../api/staff.js';
import { buttonTestId } from '../../../components/buttonTestId.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';

/** 调配: the head gives a task to another person of the department; the server checks the version, the department and the colleague. */
export function ReassignModal({ task, onClose, onDone }: { task: OverviewTask; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ to: string; reason?: string }>();
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const candidates = useApiResource(`candidates:${task.caseId}:${task.taskId}`, (signal) => fetchCandidates(task.caseId, task.taskId, { signal }));
  const people = candidates.status === 'ready' ? candidates.data : [];

  const submit = async ({ to, reason }: { to: string; reason?: string }) => {
    setSending(true);
    setFailure(null);
    try {
      await reassignTask(task.caseId, task.taskId, { expectedVersion: task.caseVersion, to, ...(reason?.trim() && { reason: reason.trim() }) });
      void message.success(t('staff.overview.done', { name: people.find((p) => p.username === to)?.name ?? '' }));
      onClose();
      onDone();
    } catch (error) {
      setFailure(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <Modal
      open
      title={t('staff.overview.reassignTitle', { task: task.taskName, receiptNo: task.receiptNo })}
      okText={t('staff.overview.submit')}
      okButtonProps={buttonTestId('reassign-submit', { disabled: people.length === 0 })}
      confirmLoading={sending}
      onOk={() => form.submit()}
      onCancel={onClose}
      cancelText={t('common.cancel')}
      destroyOnHidden
    >
      <div data-testid="reassign-modal">
        {candidates.status === 'loading' && <Skeleton active paragraph={{ rows: 2 }} />}
        {candidates.status === 'error' && <ProblemAlert title={t('staff.overview.failed')} error={candidates.error} onRetry={candidates.retry} />}
        {candidates.status === 'ready' && people.length === 0 && <Alert type="info" showIcon title={t('staff.overview.noCandidates')} />}
        {candidates.status === 'ready' && people.length > 0 && (
          <Form form={form} layout="vertical" onFinish={submit}>
            <Form.Item name="to" label={t('staff.overview.to')} rules={[{ required: true, message: t('staff.overview.toRequired') }]}>
              <Select placeholder={t('staff.overview.toPlaceholder')} options={people.map((p) => ({ value: p.username, label: p.name }))} data-testid="reassign-to" />
            </Form.Item>
            <Form.Item name="reason" label={t('staff.overview.reason')}>
              <Input maxLength={200} placeholder={t('staff.overview.reasonPlaceholder')} data-testid="reassign-reason" />
            </Form.Item>
          </Form>
        )}
        {failure !== null && <ProblemAlert title={t('staff.overview.failed')} error={failure} />}
      </div>
    </Modal>
  );
}
