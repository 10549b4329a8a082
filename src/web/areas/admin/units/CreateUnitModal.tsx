import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createUnit, type CreateUnitBody } from '../../../api/adminIdentity.js';
import { filterOption, useDepartmentOptions } from '../shared/usePickerData.js';
import { useServerErrors } from '../shared/useServerErrors.js';
import { buttonTestId } from '../../../components/buttonTestId.js';

/** CreateUnitBody.code in the identity schemas. */
const UNIT_CODE_PATTERN = /^[a-z][a-z0-9.-]{1,40}$/;

interface CreateUnitModalProps {
  open: boolean;
  defaultDepartment?: string;
  onClose: () => void;
  onCreated: () => void;
}

/** 新建科室: a code (e.g. scjg.permits), its department and its name. */
export function CreateUnitModal({ open, defaultDepartment, onClose, onCreated }: CreateUnitModalProps) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateUnitBody>();
  const { message } = App.useApp();
  const departments = useDepartmentOptions();
  const errors = useServerErrors(form);
  const [saving, setSaving] = useState(false);

  const submit = async (values: CreateUnitBody) => {
    setSaving(true);
    errors.clear();
    try {
      await createUnit({ ...values, code: values.code.trim(), name: values.name.trim() });
      message.success(t('admin.units.created', { name: values.name }));
      form.resetFields();
      onClose();
      onCreated();
    } catch (failure) {
      errors.show(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('admin.units.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={buttonTestId('unit-create-submit')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      {errors.alert}
      <Form<CreateUnitBody> form={form} layout="vertical" onFinish={submit} initialValues={{ departmentCode: defaultDepartment }}>
        <Form.Item name="departmentCode" label={t('admin.units.department')} rules={[{ required: true, message: t('admin.units.departmentRequired') }]}>
          <Select showSearch={{ filterOption }} options={departments.options} data-testid="unit-department" />
        </Form.Item>
        <Form.Item
          name="code"
          label={t('admin.units.code')}
          extra={t('admin.units.codeHint')}
          rules={[{ required: true, message: t('admin.units.codeRequired') }, { pattern: UNIT_CODE_PATTERN, message: t('admin.units.codeFormat') }]}
        >
          <Input maxLength={41} data-testid="unit-code" />
        </Form.Item>
        <Form.Item name="name" label={t('admin.units.name')} rules={[{ required: true, whitespace: true, message: t('admin.units.nameRequired') }, { max: 50 }]}>
          <Input maxLength={50} data-testid="unit-name" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
