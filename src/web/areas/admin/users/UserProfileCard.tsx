import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserDetail } from '../../../api/adminIdentity.js';
import { formatDateTime } from '../shared/format.js';

/** Who the user is; phone and ID number arrive masked from the server. */
export function UserProfileCard({ user }: { user: UserDetail }) {
  const { t } = useTranslation();
  const dash = (value: string | null | undefined) => value || '—';
  const items = [
    { key: 'username', label: t('admin.users.username'), children: user.username },
    { key: 'kind', label: t('admin.users.kind'), children: t(`userKinds.${user.kind}`) },
    { key: 'department', label: t('admin.users.department'), children: dash(user.department?.shortName) },
    { key: 'unit', label: t('admin.users.unit'), children: dash(user.unit?.name) },
    { key: 'phone', label: t('admin.users.phone'), children: dash(user.phone) },
    ...(user.kind === 'staff' ? [] : [{ key: 'idNumber', label: t('admin.users.idNumber'), children: dash(user.idNumber) }]),
    ...(user.enterpriseName ? [{ key: 'enterprise', label: t('admin.users.enterpriseName'), children: user.enterpriseName }] : []),
    { key: 'createdAt', label: t('admin.users.createdAt'), children: formatDateTime(user.createdAt) },
    ...(user.lockedUntil ? [{ key: 'lockedUntil', label: t('admin.users.lockedUntil'), children: formatDateTime(user.lockedUntil) }] : []),
    { key: 'sessions', label: t('admin.users.activeSessions'), children: user.activeSessions },
  ];
  return (
    <Card title={t('admin.users.profile')} size="small" data-testid="user-profile">
      <Descriptions column={1} size="small" items={items} />
    </Card>
  );
}
