import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseTask, CaseView, TaskStatus } from '../../../api/workflow.js';
import { DueBadge } from '../shared/DueBadge.js';
import { groupTasksByStage } from './stages.js';

const TASK_STATUS_COLORS: Record<TaskStatus, string> = {
  queued: 'gold',
  claimed: 'blue',
  done: 'green',
  returned: 'orange',
  cancelled: 'default',
};

interface CaseTasksProps {
  view: CaseView;
  departmentName: (code: string) => string;
}

/** The tasks stage by stage; branches of a parallel stage side by side, each with its department and status. */
export function CaseTasks({ view, departmentName }: CaseTasksProps) {
  const { t } = useTranslation();
  const groups = groupTasksByStage(view);
  return (
    <Card title={t('workflow.case.tasksTitle')} data-testid="case-tasks">
      {groups.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('workflow.case.noTasks')} />}
      <Flex vertical gap={16}>
        {groups.map((group, index) => (
          <Flex vertical gap={8} key={group.tasks[0]!.id} data-testid="case-stage" data-parallel={group.parallel}>
            <Flex gap={8} align="center">
              <Typography.Text type="secondary">{t('workflow.case.stage', { n: index + 1 })}</Typography.Text>
              {group.parallel && <Tag color="purple">{t('workflow.case.parallel')}</Tag>}
            </Flex>
            <Flex gap={12} wrap>
              {group.tasks.map((task) => (
                <TaskCard key={task.id} task={task} assigneeName={task.assignee ? (view.people[task.assignee] ?? t('staff.actor.unknown')) : null} departmentName={departmentName} />
              ))}
            </Flex>
          </Flex>
        ))}
      </Flex>
    </Card>
  );
}

function TaskCard({ task, assigneeName, departmentName }: { task: CaseTask; assigneeName: string | null; departmentName: (code: string) => string }) {
  const { t } = useTranslation();
  const open = task.status === 'queued' || task.status === 'claimed';
  return (
    <Card
      size="small"
      style={{ flex: '1 1 220px', maxWidth: 420, background: open ? undefined : '#fafafa' }}
      data-testid="case-task"
      data-task-id={task.id}
      data-status={task.status}
      data-department={task.department}
    >
      <Flex vertical gap={4}>
        <Flex justify="space-between" gap={8} align="center">
          <Typography.Text strong>{task.name}</Typography.Text>
          <Tag color={TASK_STATUS_COLORS[task.status]} style={{ marginInlineEnd: 0 }}>
            {t(`workflow.taskStatus.${task.status}`)}
          </Tag>
        </Flex>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {departmentName(task.department)} · {t(`roleNames.${task.role}`)}
        </Typography.Text>
        <Typography.Text style={{ fontSize: 13 }}>
          {t('workflow.case.assigneeLine', { name: assigneeName ?? t('workflow.inbox.unclaimed') })}
        </Typography.Text>
        {open && (
          <Flex gap={8} wrap align="center" style={{ fontSize: 13 }}>
            <Typography.Text type="secondary" style={{ fontSize: 13 }}>
              {t('workflow.due.dueOn', { date: task.due ?? '—' })}
            </Typography.Text>
            <DueBadge daysLeft={task.daysLeft} clockPaused={false} />
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
