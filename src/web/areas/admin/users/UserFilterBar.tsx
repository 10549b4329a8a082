import { Col, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserFilters } from '../../../api/adminIdentity.js';
import type { Role } from '../../../../shared/identity.js';
import { STAFF_ROLES } from '../shared/ScopeFields.js';
import { filterOption, useDepartmentOptions } from '../shared/usePickerData.js';

/** Search words, department and role; each change starts the list over. */
export function UserFilterBar({ filters, onChange }: { filters: UserFilters; onChange: (filters: UserFilters) => void }) {
  const { t } = useTranslation();
  const departments = useDepartmentOptions();
  return (
    <Row gutter={[8, 8]}>
      <Col xs={24} md={10}>
        <Input.Search
          allowClear
          maxLength={50}
          placeholder={t('admin.users.searchPlaceholder')}
          aria-label={t('admin.users.searchPlaceholder')}
          enterButton={t('common.search')}
          onSearch={(q) => onChange({ ...filters, q: q.trim() || undefined })}
          data-testid="user-search"
        />
      </Col>
      <Col xs={12} md={7}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('admin.users.allDepartments')}
          aria-label={t('admin.users.department')}
          showSearch={{ filterOption }}
          options={departments.options}
          value={filters.department}
          onChange={(department?: string) => onChange({ ...filters, department })}
          data-testid="user-filter-department"
        />
      </Col>
      <Col xs={12} md={7}>
        <Select
          allowClear
          style={{ width: '100%' }}
          placeholder={t('admin.users.allRoles')}
          aria-label={t('admin.users.role')}
          options={[...STAFF_ROLES, 'applicant' as const].map((role) => ({ value: role, label: t(`roleNames.${role}`) }))}
          value={filters.role}
          onChange={(role?: Role) => onChange({ ...filters, role })}
          data-testid="user-filter-role"
        />
      </Col>
    </Row>
  );
}
