import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FIRST_YEAR, LAST_YEAR } from './calendarDates.js';

export type CalendarView = { kind: 'year' } | { kind: 'month'; month: number };

interface YearNavProps {
  year: number;
  onYear: (year: number) => void;
  view: CalendarView;
  onView: (view: CalendarView) => void;
}

/** ‹ 2026 年 › and the choice between the whole year and one month. */
export function YearNav({ year, onYear, view, onView }: YearNavProps) {
  const { t } = useTranslation();
  const monthOptions = Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1), label: String(i + 1) }));
  return (
    <Flex gap={12} align="center" wrap>
      <Flex gap={4} align="center">
        <Button icon={<LeftOutlined />} disabled={year <= FIRST_YEAR} onClick={() => onYear(year - 1)} aria-label={t('adminWorkflow.calendar.prevYear')} data-testid="calendar-prev-year" />
        <Typography.Text strong style={{ minWidth: 72, textAlign: 'center' }} data-testid="calendar-year">
          {t('adminWorkflow.calendar.year', { year })}
        </Typography.Text>
        <Button icon={<RightOutlined />} disabled={year >= LAST_YEAR} onClick={() => onYear(year + 1)} aria-label={t('adminWorkflow.calendar.nextYear')} data-testid="calendar-next-year" />
      </Flex>
      <Segmented
        value={view.kind === 'year' ? 'year' : String(view.month)}
        options={[{ value: 'year', label: t('common.all') }, ...monthOptions]}
        onChange={(value) => onView(value === 'year' ? { kind: 'year' } : { kind: 'month', month: Number(value) })}
        data-testid="calendar-view"
      />
    </Flex>
  );
}
