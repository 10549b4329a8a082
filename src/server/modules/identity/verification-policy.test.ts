import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ADDRESS_LIMIT, RESEND_COOLDOWN_SECONDS, checkCode, sendDecision } from './verification-policy.js';

const NOW = new Date('2026-03-02T10:00:00Z');
const secondsAgo = (...seconds: number[]) => seconds.map((s) => new Date(NOW.getTime() - s * 1000));

test('sendDecision: cooldown, per-destination hour and day limits, per-address limit', () => {
  const cases: [string, Date[], Date[], string | null][] = [
    ['first code', [], [], null],
    ['30 s after the last one: wait', secondsAgo(30), [], 'cooldown'],
    ['just after the cooldown', secondsAgo(RESEND_COOLDOWN_SECONDS), [], null],
    ['five in the last hour', secondsAgo(100, 600, 1200, 2400, 3500), [], 'destination_limit'],
    ['five, the oldest just over an hour ago', secondsAgo(100, 600, 1200, 2400, 3601), [], null],
    ['ten today', secondsAgo(4000, 5000, 6000, 7000, 8000, 9000, 10_000, 20_000, 30_000, 80_000), [], 'destination_limit'],
    ['nine today', secondsAgo(4000, 5000, 6000, 7000, 8000, 9000, 10_000, 20_000, 30_000), [], null],
    ['this address asked twenty times this hour', [], secondsAgo(...Array.from({ length: ADDRESS_LIMIT.max }, (_, i) => 100 + i)), 'address_limit'],
    ['nineteen from this address', [], secondsAgo(...Array.from({ length: ADDRESS_LIMIT.max - 1 }, (_, i) => 100 + i)), null],
  ];
  for (const [name, destination, address, refused] of cases) {
    const decision = sendDecision(NOW, destination, address);
    assert.equal(decision.allowed ? null : decision.reason, refused, name);
    if (!decision.allowed) {
      assert.ok(decision.retryAfterSeconds > 0, `${name}: says when to come back`);
      assert.match(decision.message, /请/, `${name}: a Chinese message that says what to do`);
    }
  }
  const cooldown = sendDecision(NOW, secondsAgo(45), []);
  assert.ok(!cooldown.allowed && cooldown.retryAfterSeconds === 15 && /15 秒/.test(cooldown.message));
});

test('checkCode: missing, expired, used up, wrong with tries left, the last wrong try, right', () => {
  const live = { expiresAt: new Date(NOW.getTime() + 60_000), attempts: 0, maxAttempts: 5 };
  const cases: [string, Parameters<typeof checkCode>[1], boolean, string, number][] = [
    ['no code asked for', undefined, true, 'missing', 0],
    ['expired', { ...live, expiresAt: new Date(NOW.getTime() - 1) }, true, 'expired', 0],
    ['tries used up, even the right code', { ...live, attempts: 5 }, true, 'exhausted', 0],
    ['first wrong try', live, false, 'wrong', 4],
    ['fourth wrong try', { ...live, attempts: 3 }, false, 'wrong', 1],
    ['fifth wrong try uses it up', { ...live, attempts: 4 }, false, 'exhausted', 0],
    ['right', { ...live, attempts: 4 }, true, 'ok', 0],
  ];
  for (const [name, stored, matches, expected, left] of cases) {
    const result = checkCode(NOW, stored, matches);
    assert.equal(result.ok ? 'ok' : result.reason, expected, name);
    if (!result.ok) assert.equal(result.attemptsLeft, left, name);
  }
  const wrong = checkCode(NOW, live, false);
  assert.ok(!wrong.ok && wrong.message === '验证码不正确，还可再试 4 次');
});
