import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Yellow from one working day left, red once overdue: the same thresholds as the server's warnings. */
export function dueWarning(daysLeft: number | null): 'yellow' | 'red' | null {
  if (daysLeft === null) return null;
  return daysLeft < 0 ? 'red' : daysLeft <= 1 ? 'yellow' : null;
}

/** 剩余 N 个工作日 / 今日到期 / 已超期 N 个工作日, coloured by urgency, and 计时暂停 while the clock stands. */
export function DueBadge({ daysLeft, clockPaused }: { daysLeft: number | null; clockPaused: boolean }) {
  const { t } = useTranslation();
  const warning = dueWarning(daysLeft);
  const text =
    daysLeft === null
      ? t('workflow.due.none')
      : daysLeft < 0
        ? t('workflow.due.overdue', { n: -daysLeft })
        : daysLeft === 0
          ? t('workflow.due.today')
          : t('workflow.due.left', { n: daysLeft });
  return (
    <Flex gap={4} wrap align="center" data-testid="due-badge" data-warning={warning ?? 'none'} data-days-left={daysLeft ?? ''}>
      {warning ? (
        <Tag color={warning === 'red' ? 'red' : 'gold'} style={{ marginInlineEnd: 0 }}>
          {text}
        </Tag>
      ) : (
        <Typography.Text>{text}</Typography.Text>
      )}
      {clockPaused && (
        <Tag color="blue" style={{ marginInlineEnd: 0 }} data-testid="clock-paused">
          {t('workflow.due.paused')}
        </Tag>
      )}
    </Flex>
  );
}
