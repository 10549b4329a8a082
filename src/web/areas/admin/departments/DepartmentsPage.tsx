import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fetchDepartments, type Department } from '../../../api/catalogue.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import { forgetDepartments } from '../../public/catalogue/useDepartments.js';
import { AdminPageHeader } from '../shared/AdminPageHeader.js';
import { useAdminAccess } from '../shared/useAdminAccess.js';
import { DepartmentFormModal } from './DepartmentFormModal.js';

/** 部门管理: the approving departments and the window information each one's notices print. */
export function DepartmentsPage() {
  const { t } = useTranslation();
  const access = useAdminAccess();
  const [revision, setRevision] = useState(0);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<Department | 'new' | null>(null);
  const departments = useApiResource(`admin-departments:${revision}`, (signal) => fetchDepartments({ signal }));
  const needle = filter.trim().toLowerCase();
  const rows =
    departments.status === 'ready'
      ? departments.data.filter((d) => !needle || [d.code, d.name, d.shortName].some((text) => text.toLowerCase().includes(needle)))
      : [];

  const columns: TableColumnsType<Department> = [
    { title: t('admin.departments.code'), dataIndex: 'code', width: 90 },
    {
      title: t('admin.departments.name'),
      key: 'name',
      render: (_, d) => (
        <>
          <div>{d.shortName}</div>
          <div style={{ color: '#888', fontSize: 12 }}>{d.name}</div>
        </>
      ),
    },
    { title: t('admin.departments.windowPlace'), key: 'place', render: (_, d) => d.window.place },
    { title: t('admin.departments.windowPhone'), key: 'phone', render: (_, d) => d.window.phone, width: 140 },
    { title: t('admin.departments.itemCount'), dataIndex: 'itemCount', align: 'right', width: 90 },
    ...(access.manageCatalogue
      ? [
          {
            title: t('common.actions'),
            key: 'actions',
            width: 90,
            render: (_: unknown, d: Department) => (
              <Button size="small" onClick={() => setEditing(d)} data-testid="department-edit">
                {t('common.edit')}
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <div data-testid="admin-departments">
      <AdminPageHeader
        title={t('admin.departments.title')}
        subtitle={t('admin.departments.subtitle')}
        extra={
          access.manageCatalogue && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="department-create">
              {t('admin.departments.create')}
            </Button>
          )
        }
      />
      <Input.Search
        allowClear
        placeholder={t('admin.departments.filter')}
        aria-label={t('admin.departments.filter')}
        onChange={(event) => setFilter(event.target.value)}
        style={{ maxWidth: 360, marginBottom: 12 }}
      />
      {departments.status === 'error' ? (
        <ProblemAlert title={t('common.loadFailed')} error={departments.error} onRetry={departments.retry} />
      ) : (
        <Table<Department>
          rowKey="code"
          size="middle"
          columns={columns}
          dataSource={rows}
          loading={departments.status === 'loading'}
          pagination={false}
          scroll={{ x: 860 }}
          data-testid="department-table"
          onRow={(d) => ({ 'data-department': d.code }) as object}
        />
      )}
      {editing && (
        <DepartmentFormModal
          department={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            forgetDepartments();
            setRevision((n) => n + 1);
          }}
        />
      )}
    </div>
  );
}
