import { Flex, Switch } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setElderMode, useElderMode } from './elderMode.js';

/** The 长者模式 switch with its visible label; `onDark` for the blue banner. */
export function ElderModeSwitch({ onDark }: { onDark: boolean }) {
  const { t } = useTranslation();
  const on = useElderMode();
  const labelId = useId();
  return (
    <Flex align="center" gap={8}>
      <span id={labelId} style={{ color: onDark ? '#fff' : undefined, whiteSpace: 'nowrap' }}>
        {t('a11y.elderMode')}
      </span>
      <Switch
        size="small"
        checked={on}
        onChange={setElderMode}
        aria-labelledby={labelId}
        data-testid="elder-mode-switch"
        // On the banner antd's off state (25 % black) would vanish into the blue.
        style={onDark && !on ? { background: 'rgba(255, 255, 255, 0.45)' } : undefined}
      />
    </Flex>
  );
}
