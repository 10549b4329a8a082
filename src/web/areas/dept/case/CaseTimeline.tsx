import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../api/workflow.js';
import { formatInstant } from '../shared/format.js';
import { timelineText } from './timelineText.js';
import { useCreditText } from './useCreditText.js';

const DOT_COLORS: Record<string, string> = {
  task_completed: 'green',
  decided: 'green',
  completed: 'green',
  refused: 'red',
  task_returned: 'orange',
  supplement_requested: 'orange',
  special_procedure_started: 'orange',
  extension_requested: 'orange',
  withdrawn: 'gray',
};

/** 办理轨迹: every event of the case, oldest first, with its time (Asia/Shanghai) and who did it. */
export function CaseTimeline({ view, departmentName }: { view: CaseView; departmentName: (code: string) => string }) {
  const { t } = useTranslation();
  const taskNames = new Map(view.tasks.map((task) => [task.id, task.name]));
  const deciding = new Set(view.tasks.filter((task) => task.decides).map((task) => task.id));
  const names = {
    task: (id: string) => taskNames.get(id) ?? id,
    department: departmentName,
    person: (username: string) => view.people[username] ?? t('staff.actor.unknown'),
    decides: (id: string) => deciding.has(id),
  };
  const credit = useCreditText(departmentName);
  return (
    <Card title={t('workflow.case.timelineTitle')} data-testid="case-timeline">
      <Timeline
        items={view.timeline.map((entry) => {
          const { text, details } = timelineText(entry.event, t, names);
          const outcome = entry.event.kind === 'task_completed' || entry.event.kind === 'decided' ? (entry.event.kind === 'decided' ? entry.event.decision : entry.event.outcome) : null;
          return {
            key: entry.seq,
            color: outcome === 'rejected' ? 'red' : (DOT_COLORS[entry.kind] ?? 'blue'),
            content: (
              <div data-testid="timeline-event" data-kind={entry.kind} data-seq={entry.seq}>
                <Typography.Text>{text}</Typography.Text>
                {details.map((detail) => (
                  <div key={detail}>
                    <Typography.Text type="secondary">{detail}</Typography.Text>
                  </div>
                ))}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('workflow.timeline.by', { at: formatInstant(entry.at), actor: credit(entry.by) })}
                  </Typography.Text>
                </div>
              </div>
            ),
          };
        })}
      />
    </Card>
  );
}
