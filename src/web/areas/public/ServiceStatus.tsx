import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { useServiceHealth, type ServiceHealth } from './useServiceHealth.js';

const BADGE_STATUS = { checking: 'processing', ok: 'success', unavailable: 'error' } as const satisfies Record<
  ServiceHealth,
  string
>;

/** One line telling visitors whether the platform's server is answering. Sits on the blue hero. */
export function ServiceStatus() {
  const { t } = useTranslation();
  const health = useServiceHealth();
  return (
    <div role="status" aria-live="polite" data-testid="service-status" data-health={health}>
      <Badge
        status={BADGE_STATUS[health]}
        text={
          <span style={{ color: 'rgba(255, 255, 255, 0.9)' }}>
            {t('status.line', { state: t(`status.${health}`) })}
          </span>
        }
      />
    </div>
  );
}
