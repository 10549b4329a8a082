import { Alert, Card, Col, Flex, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CalendarDay } from '../../../api/calendar.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { hasPermission } from '../../../session/areaAccess.js';
import { useSession } from '../../../session/SessionContext.js';
import { AdminPageHeader } from '../shared/AdminPageHeader.js';
import { CalendarLegend } from './CalendarLegend.js';
import { monthOf, shanghaiYear } from './calendarDates.js';
import { ChangeResult, type CalendarChangeResult } from './ChangeResult.js';
import { DayEditModal } from './DayEditModal.js';
import { IcsImportButton } from './IcsImportButton.js';
import { MonthGrid } from './MonthGrid.js';
import { useCalendarYear } from './useCalendarYear.js';
import { YearNav, type CalendarView } from './YearNav.js';

function YearCounts({ days }: { days: CalendarDay[] }) {
  const { t } = useTranslation();
  const count = (test: (day: CalendarDay) => boolean) => days.filter(test).length;
  return (
    <Typography.Text type="secondary" data-testid="calendar-counts">
      {t('adminWorkflow.calendar.counts', {
        workdays: count((day) => day.workday),
        holidays: count((day) => day.kind === 'holiday'),
        makeup: count((day) => day.kind === 'makeup_workday'),
        overrides: count((day) => day.override),
      })}
    </Typography.Text>
  );
}

/** 工作日历: a year (or one month) of days by kind; a click on a day changes it; .ics import. */
export function CalendarPage() {
  const { t } = useTranslation();
  const { user } = useSession();
  const canManage = hasPermission(user, 'calendar.manage');
  const [year, setYear] = useState(shanghaiYear);
  const [view, setView] = useState<CalendarView>({ kind: 'year' });
  const [revision, setRevision] = useState(0);
  const [editing, setEditing] = useState<CalendarDay | null>(null);
  const [result, setResult] = useState<CalendarChangeResult | null>(null);
  const days = useCalendarYear(year, revision);
  const changed = (next: CalendarChangeResult) => {
    setEditing(null);
    setResult(next);
    setRevision((n) => n + 1);
  };

  let body;
  if (days.status === 'error') body = <ProblemAlert title={t('adminWorkflow.calendar.loadFailed')} error={days.error} onRetry={days.retry} />;
  else if (days.status === 'loading') body = <Skeleton active paragraph={{ rows: 12 }} />;
  else {
    const months = Array.from({ length: 12 }, (_, i) => i + 1).filter((month) => view.kind === 'year' || view.month === month);
    const provisional = days.data.some((day) => day.provisional);
    body = (
      <Flex vertical gap={12} data-testid="calendar-days" data-year={year}>
        {provisional && <Alert type="warning" showIcon title={t('adminWorkflow.calendar.provisional', { year })} data-testid="calendar-provisional" />}
        <YearCounts days={days.data} />
        <Row gutter={[16, 16]}>
          {months.map((month) => (
            <Col key={month} xs={24} sm={view.kind === 'year' ? 12 : 24} lg={view.kind === 'year' ? 8 : 24} xl={view.kind === 'year' ? 6 : 24}>
              <Card size="small">
                <MonthGrid
                  month={month}
                  days={days.data.filter((day) => monthOf(day.date) === month)}
                  large={view.kind === 'month'}
                  onOpenDay={canManage ? setEditing : undefined}
                  onOpenMonth={view.kind === 'year' ? (m) => setView({ kind: 'month', month: m }) : undefined}
                />
              </Card>
            </Col>
          ))}
        </Row>
      </Flex>
    );
  }

  return (
    <div data-testid="admin-calendar">
      <AdminPageHeader
        title={t('adminWorkflow.calendar.title')}
        subtitle={t('adminWorkflow.calendar.subtitle')}
        extra={canManage && <IcsImportButton onImported={(imported) => changed({ kind: 'import', result: imported })} />}
      />
      <Flex vertical gap={12}>
        <YearNav year={year} onYear={setYear} view={view} onView={setView} />
        <CalendarLegend />
        {result && <ChangeResult result={result} onClose={() => setResult(null)} />}
        {body}
      </Flex>
      {editing && <DayEditModal key={editing.date} day={editing} onClose={() => setEditing(null)} onChanged={(change) => changed({ kind: 'day', change })} />}
    </div>
  );
}
