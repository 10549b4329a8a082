import { Card, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Department } from '../../api/catalogue.js';
import { ProblemAlert } from '../../components/ProblemAlert.js';
import { itemListUrl } from './catalogue/itemFilterParams.js';
import { useDepartments } from './catalogue/useDepartments.js';

/** Entry by department: many visitors know which office they need before they know the item's name. */
export function DepartmentGrid() {
  const { t } = useTranslation();
  const departments = useDepartments();
  return (
    <section aria-labelledby="department-grid-title">
      <Typography.Title level={3} id="department-grid-title">
        {t('home.departmentsTitle')}
      </Typography.Title>
      {departments.status === 'loading' && <Skeleton active paragraph={{ rows: 4 }} />}
      {departments.status === 'error' && (
        <ProblemAlert title={t('home.departmentsFailed')} error={departments.error} onRetry={departments.retry} />
      )}
      {departments.status === 'ready' && (
        <ul
          data-testid="department-grid"
          style={{
            listStyle: 'none',
            margin: 0,
            padding: 0,
            display: 'grid',
            // Two columns on a phone, up to six on a wide screen.
            gridTemplateColumns: 'repeat(auto-fill, minmax(min(170px, 40vw), 1fr))',
            gap: 10,
          }}
        >
          {departments.data.map((department) => (
            <li key={department.code}>
              <DepartmentTile department={department} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DepartmentTile({ department }: { department: Department }) {
  const { t } = useTranslation();
  return (
    <Link to={itemListUrl({ department: department.code })} title={department.name} style={{ display: 'block', height: '100%' }}>
      <Card hoverable size="small" style={{ height: '100%' }} styles={{ body: { padding: '10px 12px' } }}>
        <Typography.Text strong style={{ display: 'block' }}>
          {department.shortName}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {t('home.departmentItemCount', { n: department.itemCount })}
        </Typography.Text>
      </Card>
    </Link>
  );
}
