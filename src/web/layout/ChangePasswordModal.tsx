import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changePassword } from '../api/auth.js';
import { ApiError } from '../api/client.js';
import { confirmRules, passwordRules } from '../components/passwordRules.js';
import { ProblemAlert } from '../components/ProblemAlert.js';
import { applyServerErrors } from '../components/serverFieldErrors.js';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirm: string;
}

/** 修改密码: the current password, the new one twice. Other sessions of the user are signed out. */
export function ChangePasswordModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PasswordValues>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const submit = async (values: PasswordValues) => {
    setSaving(true);
    setError(null);
    try {
      await changePassword(values.currentPassword, values.newPassword);
      message.success(t('auth.password.changed'));
      form.resetFields();
      onClose();
    } catch (failure) {
      const left = applyServerErrors(form, failure, t);
      if (left.length > 0 || !(failure instanceof ApiError && failure.errors?.length)) setError(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('auth.password.change')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={() => {
        form.resetFields();
        setError(null);
        onClose();
      }}
      destroyOnHidden
      data-testid="change-password-modal"
    >
      {error !== null && <ProblemAlert title={t('auth.password.changeFailed')} error={error} />}
      <Form<PasswordValues> form={form} layout="vertical" onFinish={submit} style={{ marginTop: 12 }}>
        <Form.Item name="currentPassword" label={t('auth.password.current')} rules={[{ required: true, message: t('auth.password.currentRequired') }]}>
          <Input.Password autoComplete="current-password" data-testid="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('auth.password.new')} rules={passwordRules(t)} extra={t('auth.password.hint')}>
          <Input.Password autoComplete="new-password" data-testid="new-password" />
        </Form.Item>
        <Form.Item name="confirm" label={t('auth.password.confirm')} dependencies={['newPassword']} rules={confirmRules(t, 'newPassword')}>
          <Input.Password autoComplete="new-password" data-testid="confirm-password" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
