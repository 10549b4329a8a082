import { RollbackOutlined } from '@ant-design/icons';
import { App, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.js';
import { runCaseCommand, STALE_CASE, type CaseView } from '../../api/workflow.js';
import { buttonTestId } from '../../components/buttonTestId.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';

/** 撤回申请, after a confirmation; the reason is optional. */
export function WithdrawButton({ view, onChanged }: { view: CaseView; onChanged(): void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const [form] = Form.useForm<{ reason?: string }>();

  const withdraw = async ({ reason }: { reason?: string }) => {
    setSending(true);
    setFailure(null);
    try {
      const trimmed = reason?.trim();
      await runCaseCommand(view.id, view.version, { kind: 'withdraw', ...(trimmed ? { reason: trimmed } : {}) });
      void message.success(t('applications.withdraw.done'));
      setOpen(false);
      onChanged();
    } catch (error) {
      if (error instanceof ApiError && error.code === STALE_CASE) {
        setOpen(false);
        onChanged();
      } else setFailure(error);
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <Button danger icon={<RollbackOutlined />} onClick={() => setOpen(true)} data-testid="case-withdraw">
        {t('applications.withdraw.button')}
      </Button>
      <Modal
        open={open}
        title={t('applications.withdraw.confirmTitle')}
        okText={t('applications.withdraw.confirm')}
        cancelText={t('common.cancel')}
        okButtonProps={buttonTestId('withdraw-confirm', { danger: true })}
        confirmLoading={sending}
        onOk={() => form.submit()}
        onCancel={() => setOpen(false)}
        destroyOnHidden
      >
        <p>{t('applications.withdraw.warning')}</p>
        {failure !== null && <ProblemAlert title={t('applications.withdraw.failed')} error={failure} />}
        <Form form={form} layout="vertical" onFinish={withdraw}>
          <Form.Item name="reason" label={t('applications.withdraw.reason')}>
            <Input.TextArea rows={2} maxLength={500} data-testid="withdraw-reason" />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
