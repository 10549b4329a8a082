import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createClient, type ClientWithSecret, type CreateClientBody } from '../../../api/adminIdentity.js';
import { CLIENT_SCOPES } from '../../../../shared/identity.js';
import { filterOption, useDepartmentOptions } from '../shared/usePickerData.js';
import { useServerErrors } from '../shared/useServerErrors.js';
import { buttonTestId } from '../../../components/buttonTestId.js';

interface CreateClientModalProps {
  open: boolean;
  onClose: () => void;
  onCreated: (created: ClientWithSecret) => void;
}

/** 新建接入系统: name, granted scopes, the addresses it may call from, and its department if any. */
export function CreateClientModal({ open, onClose, onCreated }: CreateClientModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateClientBody>();
  const { message } = App.useApp();
  const departments = useDepartmentOptions();
  const errors = useServerErrors(form);
  const [saving, setSaving] = useState(false);

  const submit = async (values: CreateClientBody) => {
    setSaving(true);
    errors.clear();
    try {
      const created = await createClient({
        name: values.name.trim(),
        scopes: values.scopes,
        ipAllowlist: (values.ipAllowlist ?? []).map((ip) => ip.trim()).filter(Boolean),
        departmentCode: values.departmentCode ?? null,
      });
      message.success(t('admin.clients.created', { name: created.client.name }));
      form.resetFields();
      onClose();
      onCreated(created);
    } catch (failure) {
      errors.show(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('admin.clients.createTitle')}
      okText={t('admin.clients.createSubmit')}
      cancelText={t('common.cancel')}
      okButtonProps={buttonTestId('client-create-submit')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {errors.alert}
      <Form<CreateClientBody> form={form} layout="vertical" onFinish={submit} initialValues={{ scopes: [], ipAllowlist: [] }}>
        <Form.Item name="name" label={t('admin.clients.name')} rules={[{ required: true, whitespace: true, message: t('admin.clients.nameRequired') }, { max: 100 }]}>
          <Input maxLength={100} data-testid="client-name" />
        </Form.Item>
        <Form.Item name="scopes" label={t('admin.clients.scopes')} rules={[{ required: true, type: 'array', min: 1, message: t('admin.clients.scopesRequired') }]}>
          <Checkbox.Group
            data-testid="client-scopes"
            options={CLIENT_SCOPES.map((scope) => ({ value: scope, label: <span title={scope}>{t(`admin.clients.scopeNames.${scope.replace(':', '_') as 'tasks_read'}`)} <code>{scope}</code></span> }))}
            style={{ display: 'grid', gap: 6 }}
          />
        </Form.Item>
        <Form.Item name="ipAllowlist" label={t('admin.clients.ipAllowlist')} extra={t('admin.clients.ipAllowlistHint')}>
          <Select mode="tags" tokenSeparators={[',', ' ', '，']} open={false} suffixIcon={null} data-testid="client-ips" />
        </Form.Item>
        <Form.Item name="departmentCode" label={t('admin.clients.department')} extra={t('admin.clients.departmentHint')}>
          <Select allowClear showSearch={{ filterOption }} options={departments.options} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
