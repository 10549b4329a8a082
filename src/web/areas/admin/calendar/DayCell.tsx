import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../../../api/calendar.js';
import { dayOf } from './calendarDates.js';
import { dayStyle } from './dayStyle.js';

/** One day: its number, a 休/班 mark or the holiday's name, coloured by kind; a click opens it. */
export function DayCell({ day, large, onOpen }: { day: CalendarDay; large: boolean; onOpen?: (day: CalendarDay) => void }) {
  const { t } = useTranslation();
  const kind = t(`adminWorkflow.calendar.kinds.${day.kind}`);
  const description = [day.date, kind, day.name, day.override ? t('adminWorkflow.calendar.override') : null].filter(Boolean).join(' · ');
  return (
    <button
      type="button"
      onClick={onOpen && (() => onOpen(day))}
      disabled={!onOpen}
      title={description}
      aria-label={description}
      data-testid={`calendar-day-${day.date}`}
      data-kind={day.kind}
      data-workday={day.workday}
      data-override={day.override}
      style={{
        ...dayStyle(day),
        borderRadius: 4,
        height: large ? 64 : 30,
        padding: large ? 4 : 0,
        cursor: onOpen ? 'pointer' : 'default',
        display: 'flex',
        flexDirection: 'column',
        alignItems: large ? 'flex-start' : 'center',
        justifyContent: large ? 'flex-start' : 'center',
        overflow: 'hidden',
        font: 'inherit',
        fontSize: large ? 14 : 12,
        lineHeight: 1.2,
      }}
    >
      <span style={{ fontWeight: day.kind === 'holiday' ? 600 : undefined }}>{dayOf(day.date)}</span>
      {large && day.name && <span style={{ fontSize: 11, whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: '100%' }}>{day.name}</span>}
      {!large && (day.kind === 'holiday' || day.kind === 'makeup_workday') && <span style={{ fontSize: 9 }}>{day.kind === 'holiday' ? '休' : '班'}</span>}
    </button>
  );
}
