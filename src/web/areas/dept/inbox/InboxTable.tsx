import { Table, Typography, type TableColumnsType } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { InboxTask } from '../../../api/workflow.js';
import { DueBadge } from '../shared/DueBadge.js';

export const casePath = (caseId: number) => `/dept/cases/${caseId}`;

/** The inbox on a desktop: one row per task; a click anywhere on the row opens the case. */
export function InboxTable({ tasks, itemNames }: { tasks: InboxTask[]; itemNames: Record<string, string> }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const columns: TableColumnsType<InboxTask> = [
    {
      title: t('workflow.inbox.receiptNo'),
      dataIndex: 'receiptNo',
      render: (receiptNo: string, task) => (
        <Link to={casePath(task.caseId)} data-testid="inbox-case-link" onClick={(event) => event.stopPropagation()}>
          {receiptNo}
        </Link>
      ),
    },
    { title: t('workflow.inbox.item'), dataIndex: 'itemCode', render: (code: string) => itemNames[code] ?? code },
    { title: t('workflow.inbox.task'), dataIndex: 'name', width: 100 },
    { title: t('workflow.inbox.due'), dataIndex: 'due', width: 120, render: (due: string | null) => due ?? '—' },
    {
      title: t('workflow.inbox.timeLeft'),
      key: 'timeLeft',
      width: 190,
      render: (_, task) => <DueBadge daysLeft={task.daysLeft} clockPaused={task.clockPaused} />,
    },
    {
      title: t('workflow.inbox.assignee'),
      dataIndex: 'assignee',
      width: 130,
      render: (assignee: string | null, task) =>
        assignee ? (task.assigneeName ?? t('staff.actor.unknown')) : <Typography.Text type="warning">{t('workflow.inbox.unclaimed')}</Typography.Text>,
    },
  ];
  return (
    <Table<InboxTask>
      rowKey={(task) => `${task.caseId}/${task.taskId}`}
      size="middle"
      columns={columns}
      dataSource={tasks}
      pagination={false}
      data-testid="inbox-table"
      onRow={(task) =>
        ({
          'data-testid': 'inbox-row',
          'data-case-id': task.caseId,
          style: { cursor: 'pointer' },
          onClick: () => navigate(casePath(task.caseId)),
        }) as HTMLAttributes<HTMLElement>
      }
    />
  );
}
