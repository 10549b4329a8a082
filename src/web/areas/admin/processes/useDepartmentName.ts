import { useTranslation } from 'react-i18next';
import { useDepartments } from '../../public/catalogue/useDepartments.js';

/**
 * A department reference of a definition in words: `item` is the item's own department, a code is
 * the department's short name (the code itself until the list has loaded or when it is unknown).
 */
export function useDepartmentName(): (code: string) => string {
  const { t } = useTranslation();
  const departments = useDepartments();
  const names = new Map(departments.status === 'ready' ? departments.data.map((d) => [d.code, d.shortName]) : []);
  return (code) => (code === 'item' ? t('adminWorkflow.diagram.itemDepartment') : (names.get(code) ?? code));
}
