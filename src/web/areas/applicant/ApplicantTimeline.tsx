import { Card, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ApplicantTimelineEntry } from '../../api/applications.js';
import { timelineText } from '../dept/case/timelineText.js';
import { formatInstant } from '../dept/shared/format.js';

/**
 * 办理轨迹 for the applicant: each step in the same words staff read, but said to be done by 申请人,
 * a department's 工作人员 or 系统 — the server sends no login names or task ids to say more.
 */
export function ApplicantTimeline({ timeline, departmentName }: { timeline: ApplicantTimelineEntry[]; departmentName: (code: string) => string }) {
  const { t } = useTranslation();
  const who = (entry: ApplicantTimelineEntry) => {
    if (entry.actor === 'applicant') return t('applicantCase.timeline.applicant');
    if (entry.actor === 'system') return t('applicantCase.timeline.system');
    return entry.actorDepartment ? t('applicantCase.timeline.staff', { department: departmentName(entry.actorDepartment) }) : t('applicantCase.timeline.staffNoDepartment');
  };
  return (
    <Card title={t('workflow.case.timelineTitle')} data-testid="case-timeline">
      <Timeline
        items={timeline.map((entry) => {
          const { text, details } = timelineText(entry.event, t, {
            task: () => entry.taskName ?? '',
            department: departmentName,
            // The applicant is never told who a colleague is: a transfer is not shown to them at all.
            person: () => t('applicantCase.timeline.staffNoDepartment'),
            decides: () => entry.taskDecides,
          });
          return {
            key: entry.seq,
            content: (
              <div data-testid="timeline-event" data-kind={entry.kind} data-seq={entry.seq}>
                <Typography.Text>{text}</Typography.Text>
                {details.map((detail) => (
                  <div key={detail}>
                    <Typography.Text type="secondary">{detail}</Typography.Text>
                  </div>
                ))}
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="timeline-actor">
                    {t('workflow.timeline.by', { at: formatInstant(entry.at), actor: who(entry) })}
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
