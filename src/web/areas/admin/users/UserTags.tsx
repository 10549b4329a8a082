import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RoleAssignmentView } from '../../../../shared/identity.js';

/** 正常 / 已停用, plus 已锁定 while failed sign-ins keep the account locked. */
export function UserStatusTags({ status, locked }: { status: 'active' | 'disabled'; locked: boolean }) {
  const { t } = useTranslation();
  return (
    <span data-testid="user-status" data-status={status} data-locked={locked}>
      <Tag color={status === 'active' ? 'green' : 'default'}>{t(`admin.users.status.${status}`)}</Tag>
      {locked && <Tag color="red">{t('admin.users.locked')}</Tag>}
    </span>
  );
}

/** 审查人员 · 区市场监管局 */
export function RoleTag({ assignment }: { assignment: RoleAssignmentView }) {
  const { t } = useTranslation();
  return (
    <Tag color="blue" style={{ marginBlock: 2 }}>
      {t(`roleNames.${assignment.role}`)} · {assignment.scopeName}
    </Tag>
  );
}
