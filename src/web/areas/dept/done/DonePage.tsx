import { Empty, Flex, Skeleton, Tag, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { fetchDone, type DoneTask } from '../../../api/staff.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle.js';
import { CaseStatusTag } from '../case/CaseHeader.js';
import { casePath } from '../inbox/InboxTable.js';
import { formatInstant } from '../shared/format.js';
import { PageHeading } from '../shared/PageHeading.js';
import { StaffList } from '../shared/StaffList.js';

const PAGE_SIZE = 20;
const OUTCOME_COLORS = { approved: 'green', rejected: 'red', returned: 'orange' } as const;

/** 已办: the tasks I finished, newest first, a page at a time (the page is in the address, so it survives a reload). */
export function DonePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('staff.done.title'));
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const done = useApiResource(`done:${page}`, (signal) => fetchDone(page, PAGE_SIZE, { signal }));
  const outcome = (task: DoneTask) => (
    <Tag color={OUTCOME_COLORS[task.outcome]} style={{ marginInlineEnd: 0 }}>
      {t(`staff.done.outcomes.${task.outcome}`)}
    </Tag>
  );
  const link = (task: DoneTask) => (
    <Link to={casePath(task.caseId)} data-testid="done-case-link">
      {task.receiptNo}
    </Link>
  );
  const columns: TableColumnsType<DoneTask> = [
    { key: 'receiptNo', title: t('workflow.inbox.receiptNo'), render: (_, task) => link(task) },
    { key: 'item', title: t('workflow.inbox.item'), dataIndex: 'itemName' },
    { key: 'task', title: t('workflow.inbox.task'), dataIndex: 'taskName' },
    { key: 'outcome', title: t('staff.done.outcome'), render: (_, task) => outcome(task) },
    { key: 'opinion', title: t('staff.done.opinion'), dataIndex: 'opinion', ellipsis: true },
    { key: 'at', title: t('staff.done.at'), render: (_, task) => formatInstant(task.at) },
    { key: 'status', title: t('staff.done.caseStatus'), render: (_, task) => <CaseStatusTag status={task.caseStatus} /> },
  ];
  return (
    <Flex vertical gap={16} data-testid="dept-done">
      <PageHeading title={t('staff.done.title')} subtitle={t('staff.done.subtitle')} onRefresh={done.retry} />
      {done.status === 'loading' && <Skeleton active />}
      {done.status === 'error' && <ProblemAlert title={t('staff.done.loadFailed')} error={done.error} onRetry={done.retry} />}
      {done.status === 'ready' && done.data.total === 0 && <Empty description={t('staff.done.empty')} data-testid="done-empty" />}
      {done.status === 'ready' && done.data.total > 0 && (
        <>
          <Typography.Text type="secondary" data-testid="done-total">
            {t('staff.done.total', { n: done.data.total })}
          </Typography.Text>
          <StaffList<DoneTask>
            rows={done.data.tasks}
            rowKey={(task) => `${task.caseId}/${task.taskId}/${task.at}`}
            columns={columns}
            testId="done"
            rowAttributes={(task) => ({ 'data-case-id': task.caseId, 'data-outcome': task.outcome })}
            paging={{ page, pageSize: PAGE_SIZE, total: done.data.total, onChange: (next) => setParams({ page: String(next) }) }}
            card={(task) => (
              <Flex vertical gap={4}>
                <Flex justify="space-between" gap={8} wrap>
                  <Typography.Text strong>{task.itemName}</Typography.Text>
                  {outcome(task)}
                </Flex>
                {link(task)}
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {task.taskName} · {formatInstant(task.at)}
                </Typography.Text>
                {task.opinion && <Typography.Text style={{ fontSize: 13 }}>{task.opinion}</Typography.Text>}
              </Flex>
            )}
          />
        </>
      )}
    </Flex>
  );
}
