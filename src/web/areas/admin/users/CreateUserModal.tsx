import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Divider, Form, Input, Modal, Row, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createUser, type AssignmentInput, type CreateUserBody, type UserDetail } from '../../../api/adminIdentity.js';
import { passwordRules } from '../../../components/passwordRules.js';
import { USERNAME_PATTERN, PHONE_PATTERN } from '../../auth/registerRules.js';
import { ScopeFields } from '../shared/ScopeFields.js';
import { filterOption, useUnitOptions } from '../shared/usePickerData.js';
import { useServerErrors } from '../shared/useServerErrors.js';
import { buttonTestId } from '../../../components/buttonTestId.js';

interface CreateUserValues {
  username: string;
  displayName: string;
  phone?: string;
  unitCode?: string;
  password: string;
  roles: Partial<AssignmentInput>[];
}

/** 新建用户: a staff account with its unit, a first password and any number of role assignments. */
export function CreateUserModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (user: UserDetail) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<CreateUserValues>();
  const { message } = App.useApp();
  const units = useUnitOptions();
  const [saving, setSaving] = useState(false);
  const errors = useServerErrors(form);

  const submit = async (values: CreateUserValues) => {
    setSaving(true);
    errors.clear();
    try {
      const body: CreateUserBody = {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        password: values.password,
        roles: (values.roles ?? []) as AssignmentInput[],
        ...(values.phone?.trim() ? { phone: values.phone.trim() } : {}),
        ...(values.unitCode ? { unitCode: values.unitCode } : {}),
      };
      const user = await createUser(body);
      message.success(t('admin.users.created', { name: user.displayName }));
      form.resetFields();
      onClose();
      onCreated(user);
    } catch (failure) {
      errors.show(failure);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal
      open={open}
      title={t('admin.users.createTitle')}
      width={760}
      okText={t('admin.users.createSubmit')}
      cancelText={t('common.cancel')}
      okButtonProps={buttonTestId('user-create-submit')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <div data-testid="user-create-modal">
        {errors.alert}
        <Form<CreateUserValues> form={form} layout="vertical" onFinish={submit} initialValues={{ roles: [] }}>
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item name="username" label={t('admin.users.username')} rules={[{ required: true, message: t('auth.register.usernameRequired') }, { pattern: USERNAME_PATTERN, message: t('auth.register.usernameFormat') }]}>
                <Input maxLength={40} autoComplete="off" data-testid="new-user-username" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="displayName" label={t('admin.users.displayName')} rules={[{ required: true, whitespace: true, message: t('auth.register.displayNameRequired') }]}>
                <Input maxLength={50} data-testid="new-user-displayName" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="phone" label={t('admin.users.phone')} rules={[{ pattern: PHONE_PATTERN, message: t('auth.register.phoneFormat') }]}>
                <Input maxLength={11} data-testid="new-user-phone" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="unitCode" label={t('admin.users.unit')}>
                <Select allowClear showSearch={{ filterOption }} options={units.options} loading={units.loading} data-testid="new-user-unit" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="password" label={t('admin.users.initialPassword')} rules={passwordRules(t)} extra={t('admin.users.initialPasswordHint')}>
                <Input.Password autoComplete="new-password" data-testid="new-user-password" />
              </Form.Item>
            </Col>
          </Row>
          <Divider titlePlacement="start">{t('admin.users.roles')}</Divider>
          <Form.List name="roles">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field) => (
                  <Card key={field.key} size="small" style={{ marginBottom: 8 }} data-testid="new-user-role"
                    extra={<Button type="text" danger icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} aria-label={t('common.remove')} />}
                  >
                    <ScopeFields form={form} path={['roles', field.name]} itemPrefix={[field.name]} testIdPrefix={`new-user-role-${field.name}`} />
                  </Card>
                ))}
                <Button type="dashed" block icon={<PlusOutlined />} onClick={() => add({})} data-testid="new-user-add-role">
                  {t('admin.users.addRole')}
                </Button>
              </>
            )}
          </Form.List>
        </Form>
      </div>
    </Modal>
  );
}
