import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Popconfirm, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { assignRole, removeRole, type AssignmentInput } from '../../../api/adminIdentity.js';
import type { RoleAssignmentView } from '../../../../shared/identity.js';
import { ScopeFields } from '../shared/ScopeFields.js';
import { useServerErrors } from '../shared/useServerErrors.js';
import type { UserPanelProps } from './UserDetailPage.js';
import { useRunAction } from './useRunAction.js';

/** The user's role assignments, each with its scope; add and remove as the server allows. */
export function UserRolesCard({ user, can, onChanged }: UserPanelProps) {
  const { t } = useTranslation();
  const run = useRunAction(onChanged);
  const columns: TableColumnsType<RoleAssignmentView> = [
    { title: t('admin.scope.role'), dataIndex: 'role', render: (role: RoleAssignmentView['role']) => t(`roleNames.${role}`) },
    { title: t('admin.scope.type'), dataIndex: 'scopeType', render: (type: RoleAssignmentView['scopeType']) => t(`admin.scope.types.${type}`) },
    { title: t('admin.scope.code'), dataIndex: 'scopeName', render: (name: string, role) => t('common.withCode', { name, code: role.scopeCode }) },
    ...(can('remove_role')
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 80,
            render: (_: unknown, role: RoleAssignmentView) => (
              <Popconfirm
                title={t('admin.users.removeRoleConfirm', { role: t(`roleNames.${role.role}`), scope: role.scopeName })}
                okText={t('common.remove')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => run(() => removeRole(user.id, role.id), t('admin.users.roleRemoved'))}
              >
                <Button type="text" danger icon={<DeleteOutlined />} aria-label={t('common.remove')} data-testid="role-remove" />
              </Popconfirm>
            ),
          },
        ]
      : []),
  ];
  return (
    <Card title={t('admin.users.roles')} size="small" data-testid="user-roles">
      <Table<RoleAssignmentView> rowKey="id" size="small" columns={columns} dataSource={user.roles} pagination={false} scroll={{ x: 480 }} locale={{ emptyText: t('admin.users.noRoles') }} />
      {can('assign_role') && <AddRoleForm userId={user.id} onAdded={onChanged} />}
    </Card>
  );
}

function AddRoleForm({ userId, onAdded }: { userId: number; onAdded: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<AssignmentInput>();
  const errors = useServerErrors(form);
  const { message } = App.useApp();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);

  if (!open) {
    return (
      <Button type="dashed" block icon={<PlusOutlined />} onClick={() => setOpen(true)} style={{ marginTop: 12 }} data-testid="role-add">
        {t('admin.users.addRole')}
      </Button>
    );
  }
  const submit = async (values: AssignmentInput) => {
    setSaving(true);
    errors.clear();
    try {
      await assignRole(userId, values);
      form.resetFields();
      setOpen(false);
      message.success(t('admin.users.roleAdded'));
      onAdded();
    } catch (failure) {
      errors.show(failure);
    } finally {
      setSaving(false);
    }
  };
  return (
    <Form<AssignmentInput> form={form} layout="vertical" onFinish={submit} style={{ marginTop: 12 }} data-testid="role-add-form">
      {errors.alert}
      <ScopeFields form={form} path={[]} testIdPrefix="role-add" />
      <Button type="primary" htmlType="submit" loading={saving} data-testid="role-add-submit">
        {t('common.add')}
      </Button>{' '}
      <Button onClick={() => setOpen(false)}>{t('common.cancel')}</Button>
    </Form>
  );
}
