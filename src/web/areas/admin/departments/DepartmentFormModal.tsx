import { App, Col, Divider, Form, Input, InputNumber, Modal, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createDepartment, updateDepartment, type DepartmentInput } from '../../../api/adminCatalogue.js';
import type { Department } from '../../../api/catalogue.js';
import { useServerErrors } from '../shared/useServerErrors.js';
import { buttonTestId } from '../../../components/buttonTestId.js';

/** DepartmentInput in the catalogue schemas. */
const CODE_PATTERN = /^[a-z][a-z0-9]{1,15}$/;
const ORG_CODE_PATTERN = /^[0-9A-Z]{18}$/;

/** A new department, or an existing one's names, credit code, window and complaint phone. */
export function DepartmentFormModal({ department, onClose, onSaved }: { department: Department | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<DepartmentInput>();
  const { message } = App.useApp();
  const errors = useServerErrors(form);
  const [saving, setSaving] = useState(false);
  const required = (message: string) => [{ required: true, whitespace: true, message }];

  const submit = async (values: DepartmentInput) => {
    setSaving(true);
    errors.clear();
    try {
      if (department) {
        const { code: _code, ...changes } = values;
        await updateDepartment(department.code, changes);
      } else {
        await createDepartment(values);
      }
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
      width={720}
      title={department ? t('admin.departments.editTitle', { name: department.shortName }) : t('admin.departments.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={buttonTestId('department-save')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      {errors.alert}
      <Form<DepartmentInput> form={form} layout="vertical" onFinish={submit} initialValues={department ?? { window: {} }} data-testid="department-form">
        <Row gutter={12}>
          <Col xs={24} sm={8}>
            <Form.Item name="code" label={t('admin.departments.code')} rules={[...required(t('admin.departments.codeRequired')), { pattern: CODE_PATTERN, message: t('admin.departments.codeFormat') }]}>
              <Input maxLength={16} disabled={!!department} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="orgCode" label={t('admin.departments.orgCode')} rules={[...required(t('admin.departments.orgCodeRequired')), { pattern: ORG_CODE_PATTERN, message: t('admin.departments.orgCodeFormat') }]}>
              <Input maxLength={18} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="name" label={t('admin.departments.fullName')} rules={required(t('admin.departments.nameRequired'))}>
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={8}>
            <Form.Item name="shortName" label={t('admin.departments.shortName')} rules={required(t('admin.departments.nameRequired'))}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('admin.departments.windowInfo')}</Divider>
        <Form.Item name={['window', 'place']} label={t('admin.departments.windowPlace')} rules={required(t('validation.required'))}>
          <Input maxLength={200} data-testid="department-window-place" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} sm={14}>
            <Form.Item name={['window', 'hours']} label={t('admin.departments.windowHours')} rules={required(t('validation.required'))}>
              <Input maxLength={200} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name={['window', 'phone']} label={t('admin.departments.windowPhone')} rules={required(t('validation.required'))}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={14}>
            <Form.Item name="complaintPhone" label={t('admin.departments.complaintPhone')} rules={required(t('validation.required'))}>
              <Input maxLength={50} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={10}>
            <Form.Item name="sort" label={t('admin.departments.sort')} extra={t('admin.departments.sortHint')}>
              <InputNumber min={0} max={10000} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Modal>
  );
}
