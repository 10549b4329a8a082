import { Button, Popconfirm } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unlockUser, updateUser } from '../../../api/adminIdentity.js';
import { EditUserModal } from './EditUserModal.js';
import { ResetPasswordModal } from './ResetPasswordModal.js';
import type { UserPanelProps } from './UserDetailPage.js';
import { useRunAction } from './useRunAction.js';
import { buttonTestId } from '../../../components/buttonTestId.js';

/** The buttons the server allows for this user: edit, disable/enable, unlock, reset password. */
export function UserActions({ user, can, onChanged }: UserPanelProps) {
  const { t } = useTranslation();
  const run = useRunAction(onChanged);
  const [editing, setEditing] = useState(false);
  const [resetting, setResetting] = useState(false);
  return (
    <>
      {can('update') && (
        <Button onClick={() => setEditing(true)} data-testid="user-action-edit">
          {t('common.edit')}
        </Button>
      )}
      {can('unlock') && (
        <Button onClick={() => run(() => unlockUser(user.id), t('admin.users.unlocked'))} data-testid="user-action-unlock">
          {t('admin.users.unlock')}
        </Button>
      )}
      {can('reset_password') && (
        <Button onClick={() => setResetting(true)} data-testid="user-action-reset-password">
          {t('admin.users.resetPassword')}
        </Button>
      )}
      {can('enable') && (
        <Button type="primary" onClick={() => run(() => updateUser(user.id, { status: 'active' }), t('admin.users.enabled'))} data-testid="user-action-enable">
          {t('admin.users.enable')}
        </Button>
      )}
      {can('disable') && (
        <Popconfirm
          title={t('admin.users.disableConfirm', { name: user.displayName })}
          description={t('admin.users.disableHint')}
          okText={t('admin.users.disable')}
          cancelText={t('common.cancel')}
          okButtonProps={buttonTestId('user-disable-confirm', { danger: true })}
          onConfirm={() => run(() => updateUser(user.id, { status: 'disabled' }), t('admin.users.disabled'))}
        >
          <Button danger data-testid="user-action-disable">
            {t('admin.users.disable')}
          </Button>
        </Popconfirm>
      )}
      {editing && <EditUserModal user={user} onClose={() => setEditing(false)} onSaved={onChanged} />}
      {resetting && <ResetPasswordModal user={user} onClose={() => setResetting(false)} onDone={onChanged} />}
    </>
  );
}
