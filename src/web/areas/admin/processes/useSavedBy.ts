import { useTranslation } from 'react-i18next';

/** Who saved a version, in words: the seed's account reads 系统初始化. */
export function useSavedBy(): (createdBy: string) => string {
  const { t } = useTranslation();
  return (createdBy) => (createdBy === 'system:seed' ? t('adminWorkflow.history.seed') : createdBy);
}
