import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '../../api/workflow.js';
import { DueBadge } from '../dept/shared/DueBadge.js';

/** Before acceptance there is no case clock yet; from the decision on it has stopped. */
const NO_CLOCK: readonly CaseStatus[] = ['draft', 'in_prereview', 'submitted', 'decided_approved', 'decided_rejected', 'completed', 'delivered', 'refused', 'withdrawn'];

/** Working days left for the applicant: yellow/red as for staff, and 已暂停计时（补正中） while a supplement is awaited. */
export function CaseClock({ status, daysLeft, clockPaused, dueOn }: { status: CaseStatus; daysLeft: number | null; clockPaused: boolean; dueOn?: string | null }) {
  const { t } = useTranslation();
  if (clockPaused || status === 'awaiting_supplement') {
    return (
      <Tag color="blue" data-testid="clock-paused" style={{ marginInlineEnd: 0 }}>
        {t('applications.clock.paused')}
      </Tag>
    );
  }
  if (NO_CLOCK.includes(status) || daysLeft === null) {
    return (
      <Typography.Text type="secondary" data-testid="case-clock-none">
        {status === 'submitted' || status === 'in_prereview' ? t('applications.clock.notStarted') : t('applications.clock.stopped')}
      </Typography.Text>
    );
  }
  return (
    <Flex gap={6} wrap align="center">
      {dueOn && <Typography.Text type="secondary">{t('workflow.due.dueOn', { date: dueOn })}</Typography.Text>}
      <DueBadge daysLeft={daysLeft} clockPaused={false} />
    </Flex>
  );
}
