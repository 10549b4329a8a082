import { Alert, Button, Flex, Form, Input, Modal, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { resetCalendarDay, setCalendarDay, type CalendarDay } from '../../../api/calendar.js';
import { buttonTestId } from '../../../components/buttonTestId.js';
import { ProblemAlert } from '../../../components/ProblemAlert.js';
import { mondayIndex } from './calendarDates.js';

/** What a change did: the day's new state and, when the server tells, how many open cases it recomputed. */
export interface DayChange {
  date: string;
  reset: boolean;
  workday: boolean;
  recomputedCases: number | null;
}

interface DayEditModalProps {
  day: CalendarDay;
  onClose: () => void;
  onChanged: (change: DayChange) => void;
}

/** One day: make it a working day or a day off with a name, or take the change back. */
export function DayEditModal({ day, onClose, onChanged }: DayEditModalProps) {
  const { t } = useTranslation();
  const [workday, setWorkday] = useState(day.workday);
  const [name, setName] = useState(day.override ? (day.name ?? '') : '');
  const [busy, setBusy] = useState<'save' | 'reset' | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const weekday = (t('adminWorkflow.calendar.weekdays', { returnObjects: true }) as string[])[mondayIndex(day.date)];

  const run = async (action: 'save' | 'reset') => {
    setBusy(action);
    setFailure(null);
    try {
      if (action === 'save') {
        const saved = await setCalendarDay(day.date, { workday, ...(name.trim() && { name: name.trim() }) });
        onChanged({ date: day.date, reset: false, workday: saved.workday, recomputedCases: saved.recomputedCases ?? null });
      } else {
        await resetCalendarDay(day.date);
        onChanged({ date: day.date, reset: true, workday: day.workday, recomputedCases: null });
      }
    } catch (error) {
      setFailure(error);
    } finally {
      setBusy(null);
    }
  };

  return (
    <Modal
      open
      onCancel={onClose}
      title={t('adminWorkflow.calendar.day.title', { date: day.date, weekday })}
      footer={
        <Flex justify="space-between" gap={8} wrap>
          <Button danger disabled={!day.override || busy !== null} loading={busy === 'reset'} onClick={() => void run('reset')} data-testid="calendar-day-reset">
            {t('adminWorkflow.calendar.day.reset')}
          </Button>
          <Flex gap={8}>
            <Button onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="primary" loading={busy === 'save'} disabled={busy !== null} onClick={() => void run('save')} {...buttonTestId('calendar-day-save')}>
              {t('adminWorkflow.calendar.day.save')}
            </Button>
          </Flex>
        </Flex>
      }
    >
      <Flex vertical gap={12} data-testid="calendar-day-modal">
        <Typography.Text>
          {t('adminWorkflow.calendar.day.now', { kind: t(`adminWorkflow.calendar.kinds.${day.kind}`) })}
          {day.name && ` · ${day.name}`}
        </Typography.Text>
        {day.override && <Alert type="info" showIcon title={t('adminWorkflow.calendar.day.overridden')} />}
        <Form layout="vertical" component="div">
          <Form.Item label={t('adminWorkflow.calendar.day.setAs')} style={{ marginBottom: 12 }}>
            <Radio.Group
              value={workday}
              onChange={(event) => setWorkday(event.target.value as boolean)}
              options={[
                { value: true, label: <span data-testid="calendar-day-workday">{t('adminWorkflow.calendar.day.workday')}</span> },
                { value: false, label: <span data-testid="calendar-day-holiday">{t('adminWorkflow.calendar.day.holiday')}</span> },
              ]}
              optionType="button"
            />
          </Form.Item>
          <Form.Item label={t('adminWorkflow.calendar.day.name')} style={{ marginBottom: 0 }}>
            <Input value={name} maxLength={100} placeholder={t('adminWorkflow.calendar.day.namePlaceholder')} onChange={(event) => setName(event.target.value)} data-testid="calendar-day-name" />
          </Form.Item>
        </Form>
        {failure !== null && <ProblemAlert title={t('common.actionFailed')} error={failure} />}
      </Flex>
    </Modal>
  );
}
