import { App, Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resetPassword, type UserDetail } from '../../../api/adminIdentity.js';
import { confirmRules, passwordRules } from '../../../components/passwordRules.js';
import { useServerErrors } from '../shared/useServerErrors.js';
import { buttonTestId } from '../../../components/buttonTestId.js';

interface ResetValues {
  newPassword: string;
  confirm: string;
}

/** 重置密码: the administrator sets a new password and tells the user through a separate channel. */
export function ResetPasswordModal({ user, onClose, onDone }: { user: UserDetail; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ResetValues>();
  const { message } = App.useApp();
  const errors = useServerErrors(form);
  const [saving, setSaving] = useState(false);

  const submit = async (values: ResetValues) => {
    setSaving(true);
    errors.clear();
    try {
      await resetPassword(user.id, values.newPassword);
      message.success(t('admin.users.passwordReset'));
      onClose();
      onDone();
    } catch (failure) {
      errors.show(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('admin.users.resetPasswordTitle', { name: user.displayName })}
      okText={t('admin.users.resetPassword')}
      cancelText={t('common.cancel')}
      okButtonProps={buttonTestId('reset-password-submit')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Alert type="info" showIcon title={t('admin.users.resetPasswordHint')} style={{ marginBottom: 12 }} />
      {errors.alert}
      <Form<ResetValues> form={form} layout="vertical" onFinish={submit}>
        <Form.Item name="newPassword" label={t('auth.password.new')} rules={passwordRules(t)}>
          <Input.Password autoComplete="new-password" data-testid="reset-password-new" />
        </Form.Item>
        <Form.Item name="confirm" label={t('auth.password.confirm')} dependencies={['newPassword']} rules={confirmRules(t, 'newPassword')}>
          <Input.Password autoComplete="new-password" data-testid="reset-password-confirm" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
