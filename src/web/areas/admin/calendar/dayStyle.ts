import type { CSSProperties } from 'react';
import type { CalendarDay, DayKind } from '../../../api/calendar.js';

/** Colours of the kinds of day: days off in red, make-up working days in orange, weekends grey. */
export const KIND_COLORS: Record<DayKind, { background: string; color: string }> = {
  workday: { background: '#ffffff', color: 'rgba(0, 0, 0, 0.88)' },
  weekend: { background: '#f5f5f5', color: '#8c8c8c' },
  holiday: { background: '#fff1f0', color: '#cf1322' },
  makeup_workday: { background: '#fff7e6', color: '#d46b08' },
};

/** An administrator's change is outlined in blue, whatever its kind. */
export const OVERRIDE_OUTLINE = '#1677ff';

export function dayStyle(day: CalendarDay): CSSProperties {
  const colors = KIND_COLORS[day.kind];
  return {
    ...colors,
    border: day.override ? `2px solid ${OVERRIDE_OUTLINE}` : '1px solid #f0f0f0',
    borderStyle: day.provisional && !day.override ? 'dashed' : 'solid',
  };
}
