import { Button, Empty, Flex, Skeleton, Tag, Typography, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fetchOverview, type OverviewTask, type Urgency } from '../../../api/staff.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { useApiResource } from '../../../hooks/useApiResource.js';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle.js';
import { casePath } from '../inbox/InboxTable.js';
import { DueBadge } from '../shared/DueBadge.js';
import { PageHeading } from '../shared/PageHeading.js';
import { StaffList } from '../shared/StaffList.js';
import { ReassignModal } from './ReassignModal.js';

const URGENCY_COLORS: Record<Urgency, string | undefined> = { overdue: 'red', nearing: 'gold', normal: undefined, paused: 'blue', none: undefined };

/** 本部门在办 (heads): every open task of the department, overdue and nearly due first (the server ranks), with reassignment. */
export function OverviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('staff.overview.title'));
  const [reloads, setReloads] = useState(0);
  const overview = useApiResource(`overview:${reloads}`, (signal) => fetchOverview({ signal }));
  const [reassigning, setReassigning] = useState<OverviewTask | null>(null);

  const urgency = (task: OverviewTask) =>
    URGENCY_COLORS[task.urgency] ? (
      <Tag color={URGENCY_COLORS[task.urgency]} style={{ marginInlineEnd: 0 }} data-testid="overview-urgency">
        {t(`staff.overview.urgency.${task.urgency}`)}
      </Tag>
    ) : null;
  const assignee = (task: OverviewTask) => task.assigneeName ?? (task.assignee ? t('staff.actor.unknown') : <Typography.Text type="warning">{t('workflow.inbox.unclaimed')}</Typography.Text>);
  const reassign = (task: OverviewTask) => (
    <Button size="small" onClick={() => setReassigning(task)} data-testid="overview-reassign" aria-label={`${t('staff.overview.reassign')} ${task.receiptNo} ${task.taskName}`}>
      {t('staff.overview.reassign')}
    </Button>
  );
  const link = (task: OverviewTask) => (
    <Link to={casePath(task.caseId)} data-testid="overview-case-link">
      {task.receiptNo}
    </Link>
  );
  const columns: TableColumnsType<OverviewTask> = [
    { key: 'urgency', title: '', width: 90, render: (_, task) => urgency(task) },
    { key: 'receiptNo', title: t('workflow.inbox.receiptNo'), render: (_, task) => link(task) },
    { key: 'item', title: t('workflow.inbox.item'), dataIndex: 'itemName' },
    { key: 'task', title: t('workflow.inbox.task'), dataIndex: 'taskName' },
    { key: 'timeLeft', title: t('workflow.inbox.timeLeft'), render: (_, task) => <DueBadge daysLeft={task.daysLeft} clockPaused={task.clockPaused} /> },
    { key: 'assignee', title: t('staff.overview.assignee'), render: (_, task) => assignee(task) },
    { key: 'actions', title: '', render: (_, task) => reassign(task) },
  ];

  return (
    <Flex vertical gap={16} data-testid="dept-overview">
      <PageHeading title={t('staff.overview.title')} subtitle={t('staff.overview.subtitle')} onRefresh={overview.retry} />
      {overview.status === 'loading' && <Skeleton active />}
      {overview.status === 'error' && <ProblemAlert title={t('staff.overview.loadFailed')} error={overview.error} onRetry={overview.retry} />}
      {overview.status === 'ready' && overview.data.tasks.length === 0 && <Empty description={t('staff.overview.empty')} />}
      {overview.status === 'ready' && overview.data.tasks.length > 0 && (
        <>
          <Typography.Text type="secondary" data-testid="overview-counts">
            {t('staff.overview.counts', overview.data.counts)}
          </Typography.Text>
          <StaffList<OverviewTask>
            rows={overview.data.tasks}
            rowKey={(task) => `${task.caseId}/${task.taskId}`}
            columns={columns}
            testId="overview"
            rowAttributes={(task) => ({ 'data-case-id': task.caseId, 'data-task-id': task.taskId, 'data-urgency': task.urgency })}
            card={(task) => (
              <Flex vertical gap={4}>
                <Flex justify="space-between" gap={8} wrap>
                  <Typography.Text strong>{task.itemName}</Typography.Text>
                  {urgency(task)}
                </Flex>
                {link(task)}
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {task.taskName} · {assignee(task)}
                </Typography.Text>
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <DueBadge daysLeft={task.daysLeft} clockPaused={task.clockPaused} />
                  {reassign(task)}
                </Flex>
              </Flex>
            )}
          />
        </>
      )}
      {reassigning && <ReassignModal task={reassigning} onClose={() => setReassigning(null)} onDone={() => setReloads((n) => n + 1)} />}
    </Flex>
  );
}
