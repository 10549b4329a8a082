import { PlusOutlined } from '@ant-design/icons';
import { Button, Col, Flex, Input, Row, Select, Table, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { fetchItems, MAX_QUERY_LENGTH, type ItemFilters, type ItemSummary } from '../../../api/catalogue.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { AdminPageHeader } from '../shared/AdminPageHeader.js';
import { LoadMore } from '../shared/LoadMore.js';
import { useAdminAccess } from '../shared/useAdminAccess.js';
import { useCursorList } from '../shared/useCursorList.js';
import { filterOption, useDepartmentOptions } from '../shared/usePickerData.js';

/** 事项管理: find an item through the public search, then open its editor. */
export function ItemsAdminPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const access = useAdminAccess();
  const departments = useDepartmentOptions();
  const [filters, setFilters] = useState<ItemFilters>({});
  const [code, setCode] = useState('');
  const list = useCursorList<ItemSummary, string>(JSON.stringify(filters), async (cursor, signal) => {
    const page = await fetchItems(filters, cursor, { signal });
    return { items: page.items, next: page.nextCursor };
  });

  const columns: TableColumnsType<ItemSummary> = [
    {
      title: t('admin.items.name'),
      key: 'name',
      render: (_, item) => (
        <>
          <Link to={`/admin/items/${encodeURIComponent(item.code)}`} data-testid="admin-item-link">
            {item.name}
          </Link>
          <div style={{ color: '#888', fontSize: 12 }}>{item.code}</div>
        </>
      ),
    },
    { title: t('admin.items.department'), key: 'department', render: (_, item) => item.department.shortName, width: 140 },
    { title: t('admin.items.fields.promisedDays'), dataIndex: 'promisedDays', align: 'right', width: 110 },
    { title: t('admin.items.versions.version'), dataIndex: 'version', render: (version: number) => `v${version}`, width: 80 },
  ];

  return (
    <div data-testid="admin-items">
      <AdminPageHeader
        title={t('admin.items.title')}
        subtitle={t('admin.items.subtitle')}
        extra={
          access.manageCatalogue && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate('/admin/items/new')} data-testid="item-create">
              {t('admin.items.create')}
            </Button>
          )
        }
      />
      <Flex vertical gap={12}>
        <Row gutter={[8, 8]}>
          <Col xs={24} md={12}>
            <Input.Search
              allowClear
              maxLength={MAX_QUERY_LENGTH}
              enterButton={t('common.search')}
              placeholder={t('search.placeholder')}
              aria-label={t('search.placeholder')}
              onSearch={(q) => setFilters({ ...filters, q: q.trim() || undefined })}
              data-testid="admin-item-search"
            />
          </Col>
          <Col xs={24} md={6}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('admin.users.allDepartments')}
              showSearch={{ filterOption }}
              options={departments.options}
              onChange={(department?: string) => setFilters({ ...filters, department })}
            />
          </Col>
          <Col xs={24} md={6}>
            <Input.Search
              placeholder={t('admin.items.openByCode')}
              enterButton={t('admin.items.open')}
              value={code}
              onChange={(event) => setCode(event.target.value)}
              onSearch={(value) => value.trim() && navigate(`/admin/items/${encodeURIComponent(value.trim())}`)}
            />
          </Col>
        </Row>
        <Typography.Text type="secondary">{t('admin.items.searchHint')}</Typography.Text>
        {list.status === 'error' ? (
          <ProblemAlert title={t('items.loadFailed')} error={list.error} onRetry={list.reload} />
        ) : (
          <Table<ItemSummary>
            rowKey="code"
            size="middle"
            columns={columns}
            dataSource={list.items}
            loading={list.status === 'loading'}
            pagination={false}
            scroll={{ x: 640 }}
            data-testid="admin-item-table"
          />
        )}
        <LoadMore list={list} testId="admin-items-load-more" />
      </Flex>
    </div>
  );
}
