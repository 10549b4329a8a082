import { Button, Card, Checkbox, Empty, Flex, Form, Input, Select, Skeleton, Typography, type TableColumnsType } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { CASE_STATUSES } from '../../../../server/modules/workflow/engine/state.js';
import { fetchItems } from '../../../api/catalogue.js';
import { caseListParams, fetchDepartmentCases, type CaseListEntry, type CaseListQuery } from '../../../api/staff.js';
import type { CaseStatus } from '../../../api/workflow.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle.js';
import { useSession } from '../../../session/SessionContext.js';
import { CaseStatusTag } from '../case/CaseHeader.js';
import { casePath } from '../inbox/InboxTable.js';
import { DueBadge } from '../shared/DueBadge.js';
import { formatInstant } from '../shared/format.js';
import { PageHeading } from '../shared/PageHeading.js';
import { StaffList } from '../shared/StaffList.js';

const PAGE_SIZE = 20;
/** Drafts never reach a department. */
const LISTED_STATUSES = CASE_STATUSES.filter((s) => s !== 'draft');

interface FilterValues {
  q?: string;
  status?: CaseStatus[];
  itemCode?: string;
  from?: string;
  to?: string;
  overdue?: boolean;
}

/** The query from the page address, so a search can be bookmarked, shared and survives a reload. */
function queryOf(params: URLSearchParams): CaseListQuery {
  const status = (params.get('status') ?? '').split(',').filter((s): s is CaseStatus => (LISTED_STATUSES as readonly string[]).includes(s));
  return {
    q: params.get('q') ?? undefined,
    status: status.length ? status : undefined,
    itemCode: params.get('itemCode') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    overdue: params.get('overdue') === 'true',
    page: Math.max(1, Number(params.get('page')) || 1),
    pageSize: PAGE_SIZE,
  };
}

/** The items of the user's departments, for the item filter. */
function useDepartmentItems() {
  const { user } = useSession();
  const departments = [...new Set((user?.roles ?? []).filter((r) => r.scopeType === 'department').map((r) => r.scopeCode))];
  const items = useApiResource(`dept-items:${departments.join(',')}`, async (signal) =>
    (await Promise.all(departments.map((department) => fetchItems({ department }, null, { signal })))).flatMap((page) => page.items),
  );
  return items.status === 'ready' ? items.data.map((item) => ({ value: item.code, label: item.name })) : [];
}

/** 办件查询: every case of the department, searched and filtered, newest first. */
export function CasesPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('staff.cases.title'));
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const key = caseListParams(query).toString();
  const cases = useApiResource(`cases:${key}`, (signal) => fetchDepartmentCases(query, { signal }));
  const itemOptions = useDepartmentItems();
  const [form] = Form.useForm<FilterValues>();
  useEffect(() => form.setFieldsValue({ q: query.q ?? '', status: query.status ?? [], itemCode: query.itemCode, from: query.from ?? '', to: query.to ?? '', overdue: query.overdue ?? false }), [key]);

  const apply = (values: FilterValues) => {
    const next = caseListParams({ ...values, q: values.q?.trim() || undefined, from: values.from || undefined, to: values.to || undefined, page: 1, pageSize: PAGE_SIZE });
    next.delete('pageSize');
    setParams(next);
  };
  const link = (entry: CaseListEntry) => (
    <Link to={casePath(entry.id)} data-testid="cases-case-link">
      {entry.receiptNo}
    </Link>
  );
  const due = (entry: CaseListEntry) => (entry.daysLeft === null ? (entry.due ?? '—') : <DueBadge daysLeft={entry.daysLeft} clockPaused={entry.clockPaused} />);
  const columns: TableColumnsType<CaseListEntry> = [
    { key: 'receiptNo', title: t('workflow.inbox.receiptNo'), render: (_, entry) => link(entry) },
    { key: 'item', title: t('workflow.inbox.item'), dataIndex: 'itemName' },
    { key: 'applicant', title: t('staff.cases.applicant'), dataIndex: 'applicantName' },
    { key: 'status', title: t('staff.cases.status'), render: (_, entry) => <CaseStatusTag status={entry.status} /> },
    { key: 'submittedAt', title: t('staff.cases.submittedAt'), render: (_, entry) => formatInstant(entry.submittedAt) },
    { key: 'due', title: t('staff.cases.due'), render: (_, entry) => due(entry) },
  ];

  return (
    <Flex vertical gap={16} data-testid="dept-cases">
      <PageHeading title={t('staff.cases.title')} subtitle={t('staff.cases.subtitle')} onRefresh={cases.retry} />
      <Card>
        <Form form={form} layout="vertical" onFinish={apply} data-testid="cases-filters">
          <Flex gap={12} wrap align="flex-end">
            <Form.Item name="q" label={t('staff.cases.search')} style={{ flex: '2 1 240px', marginBottom: 8 }}>
              <Input allowClear maxLength={50} placeholder={t('staff.cases.searchPlaceholder')} data-testid="cases-q" />
            </Form.Item>
            <Form.Item name="status" label={t('staff.cases.status')} style={{ flex: '1 1 200px', marginBottom: 8 }}>
              <Select
                mode="multiple"
                allowClear
                placeholder={t('staff.cases.statusPlaceholder')}
                options={LISTED_STATUSES.map((s) => ({ value: s, label: t(`workflow.status.${s}`) }))}
                data-testid="cases-status"
              />
            </Form.Item>
            <Form.Item name="itemCode" label={t('staff.cases.item')} style={{ flex: '1 1 200px', marginBottom: 8 }}>
              <Select allowClear showSearch optionFilterProp="label" placeholder={t('staff.cases.itemPlaceholder')} options={itemOptions} data-testid="cases-item" />
            </Form.Item>
            <Form.Item name="from" label={t('staff.cases.from')} style={{ flex: '1 1 150px', marginBottom: 8 }}>
              <Input type="date" data-testid="cases-from" />
            </Form.Item>
            <Form.Item name="to" label={t('staff.cases.to')} style={{ flex: '1 1 150px', marginBottom: 8 }}>
              <Input type="date" data-testid="cases-to" />
            </Form.Item>
            <Form.Item name="overdue" valuePropName="checked" style={{ marginBottom: 8 }}>
              <Checkbox data-testid="cases-overdue">{t('staff.cases.overdue')}</Checkbox>
            </Form.Item>
            <Flex gap={8} style={{ marginBottom: 8 }}>
              <Button type="primary" htmlType="submit" data-testid="cases-search">
                {t('staff.cases.search')}
              </Button>
              <Button onClick={() => setParams(new URLSearchParams())} data-testid="cases-reset">
                {t('staff.cases.reset')}
              </Button>
            </Flex>
          </Flex>
        </Form>
      </Card>
      {cases.status === 'loading' && <Skeleton active />}
      {cases.status === 'error' && <ProblemAlert title={t('staff.cases.loadFailed')} error={cases.error} onRetry={cases.retry} />}
      {cases.status === 'ready' && cases.data.total === 0 && <Empty description={t('staff.cases.empty')} data-testid="cases-empty" />}
      {cases.status === 'ready' && cases.data.total > 0 && (
        <>
          <Typography.Text type="secondary" data-testid="cases-total">
            {t('staff.cases.total', { n: cases.data.total })}
          </Typography.Text>
          <StaffList<CaseListEntry>
            rows={cases.data.cases}
            rowKey={(entry) => String(entry.id)}
            columns={columns}
            testId="cases"
            rowAttributes={(entry) => ({ 'data-case-id': entry.id, 'data-status': entry.status })}
            paging={{
              page: query.page,
              pageSize: PAGE_SIZE,
              total: cases.data.total,
              onChange: (page) => {
                const next = new URLSearchParams(params);
                next.set('page', String(page));
                setParams(next);
              },
            }}
            card={(entry) => (
              <Flex vertical gap={4}>
                <Flex justify="space-between" gap={8} wrap>
                  <Typography.Text strong>{entry.itemName}</Typography.Text>
                  <CaseStatusTag status={entry.status} />
                </Flex>
                {link(entry)}
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {entry.applicantName} · {formatInstant(entry.submittedAt)}
                </Typography.Text>
                {due(entry)}
              </Flex>
            )}
          />
        </>
      )}
    </Flex>
  );
}
