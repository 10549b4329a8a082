import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { StageRole } from '../../../../api/adminWorkflow.js';
import { filterOption, useDepartmentOptions } from '../../shared/usePickerData.js';
import type { DraftPath } from '../definitionDraft.js';
import { useDraft } from './DraftContext.js';
import { fieldIdOf, testIdOf, useDraftValue } from './DraftInputs.js';

// The engine's STAGE_ROLES, restated: importing the value would bring its schema library into the bundle.
const STAGE_ROLES: readonly StageRole[] = ['reviewer', 'approver', 'department_head'];

/** Which role holds the task: 审查人员, 审批人员 or 部门负责人. */
export function RoleSelect({ path }: { path: DraftPath }) {
  const { t } = useTranslation();
  const { update, readOnly } = useDraft();
  const value = useDraftValue(path);
  return (
    <Select
      value={typeof value === 'string' ? value : undefined}
      disabled={readOnly}
      options={STAGE_ROLES.map((role) => ({ value: role, label: t(`roleNames.${role}`) }))}
      onChange={(role: string) => update(path, role)}
      id={fieldIdOf(path)}
      data-testid={testIdOf(path)}
    />
  );
}

/** The department that works the task: the item's own department, or a named one from the list. */
export function DepartmentSelect({ path }: { path: DraftPath }) {
  const { t } = useTranslation();
  const { update, readOnly } = useDraft();
  const value = useDraftValue(path);
  const departments = useDepartmentOptions();
  return (
    <Select
      value={typeof value === 'string' ? value : undefined}
      disabled={readOnly}
      loading={departments.loading}
      showSearch={{ filterOption }}
      options={[{ value: 'item', label: t('adminWorkflow.diagram.itemDepartment'), title: 'item' }, ...departments.options]}
      onChange={(department: string) => update(path, department)}
      id={fieldIdOf(path)}
      data-testid={testIdOf(path)}
    />
  );
}
