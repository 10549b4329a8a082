import { useTranslation } from 'react-i18next';

/** A permission's name in words (任务审查), or its code when the interface has no name for it yet. */
export function usePermissionLabel() {
  const { t, i18n } = useTranslation();
  return (permission: string): string => {
    const key = `admin.permissions.names.${permission.replace('.', '_')}`;
    return i18n.exists(key) ? t(key as 'admin.permissions.names.cases_read') : permission;
  };
}
