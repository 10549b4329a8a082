import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../../api/calendar.js';
import type { DayChange } from './DayEditModal.js';

export type CalendarChangeResult = { kind: 'day'; change: DayChange } | { kind: 'import'; result: ImportResult };

/** What the last change did, kept on the page: the day or the import, and the recomputed cases. */
export function ChangeResult({ result, onClose }: { result: CalendarChangeResult; onClose: () => void }) {
  const { t } = useTranslation();
  const recomputed = result.kind === 'day' ? result.change.recomputedCases : result.result.recomputedCases;
  let what: string;
  if (result.kind === 'import') {
    what = t('adminWorkflow.calendar.import.done', result.result);
  } else if (result.change.reset) {
    what = t('adminWorkflow.calendar.resetDone', { date: result.change.date });
  } else {
    const kind = result.change.workday ? t('adminWorkflow.calendar.kinds.workday') : t('adminWorkflow.calendar.kinds.holiday');
    what = t('adminWorkflow.calendar.saved', { date: result.change.date, kind });
  }
  const parts = [what, ...(typeof recomputed === 'number' ? [t('adminWorkflow.calendar.recomputed', { n: recomputed })] : [])];
  return <Alert type="success" showIcon closable={{ onClose }} title={parts.join(' · ')} data-testid="calendar-change-result" />;
}
