import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../../../api/calendar.js';
import { mondayIndex } from './calendarDates.js';
import { DayCell } from './DayCell.js';

interface MonthGridProps {
  month: number;
  /** The month's days, in order. */
  days: CalendarDay[];
  large: boolean;
  onOpenDay?: (day: CalendarDay) => void;
  onOpenMonth?: (month: number) => void;
}

/** One month as a Monday-first grid of days. */
export function MonthGrid({ month, days, large, onOpenDay, onOpenMonth }: MonthGridProps) {
  const { t } = useTranslation();
  const weekdays = t('adminWorkflow.calendar.weekdays', { returnObjects: true }) as string[];
  const leading = days[0] ? mondayIndex(days[0].date) : 0;
  const title = t('adminWorkflow.calendar.monthTitle', { month });
  return (
    <section data-testid={`calendar-month-${month}`} aria-label={title}>
      <Typography.Title level={5} style={{ margin: '0 0 6px' }}>
        {onOpenMonth ? (
          <Typography.Link onClick={() => onOpenMonth(month)}>{title}</Typography.Link>
        ) : (
          title
        )}
      </Typography.Title>
      <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, 1fr)', gap: 2 }}>
        {weekdays.map((weekday, i) => (
          <div key={weekday} style={{ textAlign: 'center', fontSize: 12, color: i >= 5 ? '#8c8c8c' : undefined }}>
            {weekday}
          </div>
        ))}
        {Array.from({ length: leading }, (_, i) => (
          <div key={`blank-${i}`} />
        ))}
        {days.map((day) => (
          <DayCell key={day.date} day={day} large={large} onOpen={onOpenDay} />
        ))}
      </div>
    </section>
  );
}
