import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InboxTask } from '../../../api/workflow.js';
import { DueBadge } from '../shared/DueBadge.js';
import { casePath } from './InboxTable.js';

/** The inbox on a phone: one card per task, the whole card a link to the case. */
export function InboxCards({ tasks, itemNames }: { tasks: InboxTask[]; itemNames: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={12} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} data-testid="inbox-cards">
      {tasks.map((task) => (
        <li key={`${task.caseId}/${task.taskId}`} data-testid="inbox-row" data-case-id={task.caseId}>
          <Link to={casePath(task.caseId)} data-testid="inbox-case-link" style={{ display: 'block', color: 'inherit' }}>
            <Card size="small" hoverable>
              <Flex vertical gap={6}>
                <Flex justify="space-between" gap={8} wrap>
                  <Typography.Text strong>{itemNames[task.itemCode] ?? task.itemCode}</Typography.Text>
                  <Typography.Text>{task.name}</Typography.Text>
                </Flex>
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {t('workflow.inbox.receiptLine', { receiptNo: task.receiptNo })}
                </Typography.Text>
                <Flex justify="space-between" align="center" gap={8} wrap>
                  <DueBadge daysLeft={task.daysLeft} clockPaused={task.clockPaused} />
                  <Typography.Text type={task.assignee ? 'secondary' : 'warning'} style={{ fontSize: 13 }}>
                    {task.assignee ? (task.assigneeName ?? t('staff.actor.unknown')) : t('workflow.inbox.unclaimed')}
                  </Typography.Text>
                </Flex>
                {task.due && (
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {t('workflow.due.dueOn', { date: task.due })}
                  </Typography.Text>
                )}
              </Flex>
            </Card>
          </Link>
        </li>
      ))}
    </Flex>
  );
}
