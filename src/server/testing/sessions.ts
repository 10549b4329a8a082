import type { TestApp } from './app.js';
import { DEMO_PASSWORD } from '../modules/identity/demo-seed.js';

export interface TestSession {
  cookie: string;
  csrfToken: string;
  headers: Record<string, string>;
  user: { id: number; username: string };
}

/** Signs in through the real login route and returns what a browser would hold. */
export async function signIn(t: TestApp, username: string, password = DEMO_PASSWORD): Promise<TestSession> {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login as ${username} failed: ${res.statusCode} ${res.body}`);
  const setCookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('ow_session='));
  const cookie = setCookie!.split(';')[0]!;
  const { user } = res.json();
  return { cookie, csrfToken: user.csrfToken, headers: { cookie, 'x-csrf-token': user.csrfToken }, user };
}
