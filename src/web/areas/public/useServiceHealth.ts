import { useEffect, useState } from 'react';
import { apiGet } from '../../api/client.js';

export type ServiceHealth = 'checking' | 'ok' | 'unavailable';

/** Asks GET /healthz once; any answer other than `{status: 'ok'}` counts as unavailable. */
export function useServiceHealth(): ServiceHealth {
  const [health, setHealth] = useState<ServiceHealth>('checking');
  useEffect(() => {
    const controller = new AbortController();
    apiGet<{ status?: string }>('/healthz', { signal: controller.signal })
      .then((body) => setHealth(body.status === 'ok' ? 'ok' : 'unavailable'))
      .catch(() => {
        if (!controller.signal.aborted) setHealth('unavailable');
      });
    return () => controller.abort();
  }, []);
  return health;
}
