import { Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { DAY_KINDS } from './dayKinds.js';
import { KIND_COLORS, OVERRIDE_OUTLINE } from './dayStyle.js';

function Swatch({ background, color, border, label }: { background: string; color: string; border: string; label: string }) {
  return (
    <Flex gap={6} align="center">
      <span aria-hidden style={{ display: 'inline-block', width: 16, height: 16, borderRadius: 3, background, border, color }} />
      <span style={{ fontSize: 12 }}>{label}</span>
    </Flex>
  );
}

/** What the colours of the days mean. */
export function CalendarLegend() {
  const { t } = useTranslation();
  return (
    <Flex gap={16} wrap data-testid="calendar-legend">
      {DAY_KINDS.map((kind) => (
        <Swatch key={kind} {...KIND_COLORS[kind]} border="1px solid #d9d9d9" label={t(`adminWorkflow.calendar.kinds.${kind}`)} />
      ))}
      <Swatch background="#fff" color="#000" border={`2px solid ${OVERRIDE_OUTLINE}`} label={t('adminWorkflow.calendar.override')} />
    </Flex>
  );
}
