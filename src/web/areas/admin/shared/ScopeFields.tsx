import { Col, Form, Row, Select, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { REGION_CODE } from '../../../api/adminIdentity.js';
import { ROLES, type Role } from '../../../../shared/identity.js';
import { filterOption, useDepartmentOptions, useUnitOptions } from './usePickerData.js';

/** The scopes an administrator grants; `self` belongs to applicants' own registration only. */
export const ADMIN_SCOPE_TYPES = ['region', 'department', 'unit'] as const;
export type AdminScopeType = (typeof ADMIN_SCOPE_TYPES)[number];

/** Staff roles are granted here; applicants register themselves. */
export const STAFF_ROLES = ROLES.filter((role) => role !== 'applicant');

/** The scope a role usually comes with: department staff work in a department, the others district-wide. */
export function defaultScopeOf(role: Role): AdminScopeType {
  return role === 'reviewer' || role === 'approver' || role === 'department_head' ? 'department' : 'region';
}

interface ScopeFieldsProps {
  form: FormInstance;
  /** Where the three fields sit in the form's values, e.g. ['roles', 0], or [] for a form of its own. */
  path: (string | number)[];
  /** The same place as Form.Item names it: inside a Form.List names are relative to the list ([0]). */
  itemPrefix?: (string | number)[];
  testIdPrefix: string;
}

/** Role, scope type and scope (region 500102, a department, or a unit) as three fields. */
export function ScopeFields({ form, path, itemPrefix = path, testIdPrefix }: ScopeFieldsProps) {
  const { t } = useTranslation();
  const scopeType = Form.useWatch<AdminScopeType | undefined>([...path, 'scopeType'], form);
  const departments = useDepartmentOptions();
  const units = useUnitOptions();
  const setField = (name: string, value: unknown) => form.setFieldValue([...path, name], value);
  const scopeOptions =
    scopeType === 'region'
      ? [{ value: REGION_CODE, label: t('admin.scope.regionName') }]
      : scopeType === 'unit'
        ? units.options
        : departments.options;

  return (
    <Row gutter={8}>
      <Col xs={24} sm={8}>
        <Form.Item name={[...itemPrefix, 'role']} label={t('admin.scope.role')} rules={[{ required: true, message: t('admin.scope.roleRequired') }]}>
          <Select
            data-testid={`${testIdPrefix}-role`}
            options={STAFF_ROLES.map((role) => ({ value: role, label: t(`roleNames.${role}`) }))}
            onChange={(role: Role) => {
              const type = defaultScopeOf(role);
              setField('scopeType', type);
              setField('scopeCode', type === 'region' ? REGION_CODE : undefined);
            }}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={6}>
        <Form.Item name={[...itemPrefix, 'scopeType']} label={t('admin.scope.type')} rules={[{ required: true, message: t('admin.scope.typeRequired') }]}>
          <Select
            data-testid={`${testIdPrefix}-scope-type`}
            options={ADMIN_SCOPE_TYPES.map((type) => ({ value: type, label: t(`admin.scope.types.${type}`) }))}
            onChange={(type: AdminScopeType) => setField('scopeCode', type === 'region' ? REGION_CODE : undefined)}
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={10}>
        <Form.Item name={[...itemPrefix, 'scopeCode']} label={t('admin.scope.code')} rules={[{ required: true, message: t('admin.scope.codeRequired') }]}>
          <Select
            data-testid={`${testIdPrefix}-scope-code`}
            showSearch={{ filterOption }}
            disabled={!scopeType}
            loading={scopeType === 'unit' ? units.loading : departments.loading}
            options={scopeOptions}
            placeholder={scopeType ? t('admin.scope.codePick') : t('admin.scope.codePlaceholder')}
          />
        </Form.Item>
      </Col>
    </Row>
  );
}
