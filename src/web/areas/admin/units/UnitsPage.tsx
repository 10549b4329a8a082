import { PlusOutlined } from '@ant-design/icons';
import { Button, Flex, Select, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchUnits, type Unit } from '../../../api/adminIdentity.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import { AdminPageHeader } from '../shared/AdminPageHeader.js';
import { useAdminAccess } from '../shared/useAdminAccess.js';
import { filterOption, useDepartmentOptions } from '../shared/usePickerData.js';
import { CreateUnitModal } from './CreateUnitModal.js';

/** 科室管理: the units (科室) inside each department, where staff work and roles can be scoped. */
export function UnitsPage() {
  const { t } = useTranslation();
  const access = useAdminAccess();
  const departments = useDepartmentOptions();
  const [department, setDepartment] = useState<string | undefined>();
  const [revision, setRevision] = useState(0);
  const [creating, setCreating] = useState(false);
  const units = useApiResource(`admin-units:${department ?? ''}:${revision}`, (signal) => fetchUnits(department, { signal }));

  const columns: TableColumnsType<Unit> = [
    { title: t('admin.units.code'), dataIndex: 'code' },
    { title: t('admin.units.name'), dataIndex: 'name' },
    { title: t('admin.units.department'), key: 'department', render: (_, unit) => unit.department.shortName },
    { title: t('admin.units.userCount'), dataIndex: 'userCount', align: 'right' },
  ];
  return (
    <div data-testid="admin-units">
      <AdminPageHeader
        title={t('admin.units.title')}
        subtitle={t('admin.units.subtitle')}
        extra={
          access.manageIdentity && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="unit-create">
              {t('admin.units.create')}
            </Button>
          )
        }
      />
      <Flex vertical gap={12}>
        <Select
          allowClear
          style={{ width: '100%', maxWidth: 320 }}
          placeholder={t('admin.users.allDepartments')}
          aria-label={t('admin.units.department')}
          showSearch={{ filterOption }}
          options={departments.options}
          value={department}
          onChange={setDepartment}
          data-testid="unit-filter-department"
        />
        {units.status === 'error' ? (
          <ProblemAlert title={t('common.loadFailed')} error={units.error} onRetry={units.retry} />
        ) : (
          <Table<Unit>
            rowKey="code"
            size="middle"
            columns={columns}
            dataSource={units.status === 'ready' ? units.data : []}
            loading={units.status === 'loading'}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 560 }}
            data-testid="unit-table"
          />
        )}
      </Flex>
      <CreateUnitModal
        open={creating}
        defaultDepartment={department}
        onClose={() => setCreating(false)}
        onCreated={() => setRevision((n) => n + 1)}
      />
    </div>
  );
}
