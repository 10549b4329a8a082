import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateUser, type UpdateUserBody, type UserDetail } from '../../../api/adminIdentity.js';
import { PHONE_PATTERN } from '../../auth/registerRules.js';
import { filterOption, useUnitOptions } from '../shared/usePickerData.js';
import { useServerErrors } from '../shared/useServerErrors.js';

interface EditValues {
  displayName: string;
  phone?: string;
  unitCode?: string;
}

/** Name, phone and unit of a user. The phone is shown masked, so it is only sent when retyped. */
export function EditUserModal({ user, onClose, onSaved }: { user: UserDetail; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EditValues>();
  const { message } = App.useApp();
  const units = useUnitOptions();
  const errors = useServerErrors(form);
  const [saving, setSaving] = useState(false);

  const submit = async (values: EditValues) => {
    const body: UpdateUserBody = { displayName: values.displayName.trim() };
    if (values.phone?.trim()) body.phone = values.phone.trim();
    if ((values.unitCode ?? null) !== (user.unit?.code ?? null)) body.unitCode = values.unitCode ?? null;
    setSaving(true);
    errors.clear();
    try {
      await updateUser(user.id, body);
      message.success(t('common.saved'));
      onClose();
      onSaved();
    } catch (failure) {
      errors.show(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open
      title={t('admin.users.editTitle', { name: user.displayName })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {errors.alert}
      <Form<EditValues> form={form} layout="vertical" onFinish={submit} initialValues={{ displayName: user.displayName, unitCode: user.unit?.code }}>
        <Form.Item name="displayName" label={t('admin.users.displayName')} rules={[{ required: true, whitespace: true, message: t('auth.register.displayNameRequired') }]}>
          <Input maxLength={50} data-testid="edit-user-displayName" />
        </Form.Item>
        <Form.Item name="phone" label={t('admin.users.phone')} extra={t('admin.users.phoneKeep', { phone: user.phone ?? '—' })} rules={[{ pattern: PHONE_PATTERN, message: t('auth.register.phoneFormat') }]}>
          <Input maxLength={11} />
        </Form.Item>
        {user.kind === 'staff' && (
          <Form.Item name="unitCode" label={t('admin.users.unit')}>
            <Select allowClear showSearch={{ filterOption }} options={units.options} loading={units.loading} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
