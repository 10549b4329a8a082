import type { Config } from '../../config.js';
import { AppError } from '../../platform/errors.js';

/**
 * The province's identity service (实名核验), asked whether a name belongs to an ID card number
 * (or an enterprise name to its unified social credit code). The interface:
 * `POST <REALNAME_SERVICE_URL>` with `Authorization: Bearer <REALNAME_SERVICE_TOKEN>` and JSON
 * `{ "kind": "person" | "enterprise", "name": "李明", "idNumber": "500102…" }`; a 2xx answer with
 * `{ "match": true | false }` decides, anything else (or no answer in 10 s) means the service is
 * unavailable. Off (null) when no URL is configured, as in the demo.
 */

const TIMEOUT_MS = 10_000;

export interface RealnameService {
  url: string;
  token: string | undefined;
}

export function realnameService(config: Config): RealnameService | null {
  return config.realnameServiceUrl ? { url: config.realnameServiceUrl, token: config.realnameServiceToken } : null;
}

export interface IdentityClaim {
  kind: 'person' | 'enterprise';
  name: string;
  idNumber: string;
}

export const realnameUnavailable = () => new AppError('realname_unavailable', 503, '实名核验服务暂时无法访问，请稍后再试，或携带有效证件到政务服务大厅窗口核验。');

/** True when the service confirms the name and number belong together; false when it says they do not. */
export async function checkIdentity(service: RealnameService, claim: IdentityClaim): Promise<boolean> {
  let answer: unknown;
  try {
    const response = await fetch(service.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...(service.token ? { authorization: `Bearer ${service.token}` } : {}) },
      body: JSON.stringify(claim),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (!response.ok) {
      await response.body?.cancel();
      throw new Error(`identity service answered HTTP ${response.status}`);
    }
    answer = await response.json();
  } catch {
    throw realnameUnavailable();
  }
  const match = (answer as { match?: unknown } | null)?.match;
  if (typeof match !== 'boolean') throw realnameUnavailable();
  return match;
}
