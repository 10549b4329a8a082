import { Button, Card, Flex, Typography, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AllowedAction, CaseView } from '../../../api/workflow.js';
import { ActionModal } from './ActionModal.js';
import { isDeptAction, type DeptAction, DEPT_ACTIONS } from './actionKinds.js';

type Offered = AllowedAction & { kind: DeptAction };

const BUTTON_TYPES: Partial<Record<DeptAction, ButtonProps>> = {
  claim: { type: 'primary' },
  approve: { type: 'primary' },
  complete: { type: 'primary' },
  reject: { danger: true },
};

/** 办理: exactly the actions the server says the caller may take now, grouped by the task they act on. */
export function ActionBar({ view, onChanged }: { view: CaseView; onChanged: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Offered | null>(null);
  const offered = view.actions
    .filter((action): action is Offered => isDeptAction(action.kind))
    .sort((a, b) => DEPT_ACTIONS.indexOf(a.kind) - DEPT_ACTIONS.indexOf(b.kind));
  const groups = new Map<string, Offered[]>();
  for (const action of offered) groups.set(action.taskId ?? '', [...(groups.get(action.taskId ?? '') ?? []), action]);
  // With parallel branches open, say which branch the buttons act on.
  const openTasks = view.tasks.filter((task) => task.status === 'queued' || task.status === 'claimed').length;
  const taskName = (id: string) => view.tasks.find((task) => task.id === id)?.name ?? id;
  // The deciding task's approval grants the licence; a review's (a parallel branch's too, though it may refuse) passes the review.
  const decides = (taskId: string | undefined) => view.tasks.some((task) => task.id === taskId && task.decides);
  const label = (action: Offered) =>
    action.kind === 'approve' ? (decides(action.taskId) ? t('workflow.actions.approveDecision') : t('staff.approveReview')) : t(`workflow.actions.${action.kind}`);

  return (
    <Card title={t('workflow.case.actionsTitle')} data-testid="case-actions">
      {offered.length === 0 && <Typography.Text type="secondary">{t('workflow.case.noActions')}</Typography.Text>}
      <Flex vertical gap={12}>
        {[...groups].map(([taskId, actions]) => (
          <Flex key={taskId} gap={8} wrap align="center">
            {taskId && openTasks > 1 && <Typography.Text type="secondary">{t('workflow.form.task', { task: taskName(taskId) })}</Typography.Text>}
            {actions.map((action) => (
              <Button
                key={`${action.kind}/${taskId}`}
                {...BUTTON_TYPES[action.kind]}
                onClick={() => setOpen(action)}
                data-testid={`action-${action.kind}`}
                data-task-id={taskId}
              >
                {label(action)}
              </Button>
            ))}
          </Flex>
        ))}
      </Flex>
      {open && (
        <ActionModal
          view={view}
          action={open}
          title={label(open)}
          taskName={open.taskId ? taskName(open.taskId) : null}
          onClose={() => setOpen(null)}
          onChanged={onChanged}
        />
      )}
    </Card>
  );
}
