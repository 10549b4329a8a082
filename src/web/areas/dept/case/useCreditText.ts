import { useTranslation } from 'react-i18next';
import type { Credit } from '../../../api/workflow.js';

/**
 * Who an event is credited to, as a reader says it: 系统, 张伟（区市场监管局 审查人员）,
 * 重庆市涪陵区示例商贸有限公司（申请人）. Never a login name.
 */
export function useCreditText(departmentName: (code: string) => string): (credit: Credit) => string {
  const { t } = useTranslation();
  return (credit) => {
    switch (credit.kind) {
      case 'system':
        return t('staff.actor.system');
      case 'applicant':
        return t('staff.actor.applicant', { name: credit.name });
      case 'unknown':
        return t('staff.actor.unknown');
      case 'staff': {
        const post = [credit.department ? departmentName(credit.department) : null, credit.role ? t(`roleNames.${credit.role}`) : null].filter(Boolean).join(' ');
        return post ? t('staff.actor.staff', { name: credit.name, post }) : credit.name;
      }
    }
  };
}
