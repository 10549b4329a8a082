import nodemailer from 'nodemailer';
import type { Db } from '../../db/connection.js';
import type { Logger } from '../../platform/logger.js';
import { contactOf } from '../identity/contacts.js';
import type { ChannelSettings } from './channels.js';
import * as repo from './repository.js';

/**
 * Sends one queued delivery through its channel. Any failure is thrown so graphile-worker retries
 * it with exponential backoff; the delivery row records every attempt, and the last allowed
 * attempt marks it failed. Error texts are scrubbed of addresses and phone numbers before they
 * reach the row, the job table or the log.
 *
 * The SMS gateway interface: `POST <SMS_GATEWAY_URL>` with `Authorization: Bearer <SMS_GATEWAY_TOKEN>`
 * and the JSON body `{ "to": "13800000001", "text": "…" }`; any 2xx answer means accepted, anything
 * else (or no answer within 10 s) is retried.
 */

const SMS_TIMEOUT_MS = 10_000;
export const SMS_SIGNATURE = '【涪陵区政务服务】';
const MAIL_FOOTER = '涪陵区网上行政审批平台\n（本邮件由系统自动发送，请勿直接回复）';

type Mailer = ReturnType<typeof nodemailer.createTransport>;
const mailers = new Map<string, Mailer>();

function mailerFor(url: string): Mailer {
  let mailer = mailers.get(url);
  if (!mailer) {
    mailer = nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 });
    mailers.set(url, mailer);
  }
  return mailer;
}

/** Closes the cached mail connections (tests and shutdown). */
export function closeMailers(): void {
  for (const mailer of mailers.values()) mailer.close();
  mailers.clear();
}

const EMAIL = /[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+/g;
const MOBILE = /(?<!\d)1[3-9]\d{9}(?!\d)/g;

/** An error's text without personal data: the destination and anything shaped like an address or a mobile number. */
export function scrubError(error: unknown, destination: string): string {
  const base = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? ` (${(error.cause as NodeJS.ErrnoException).code ?? error.cause.message})` : '';
  return `${base}${cause}`.split(destination).join('[redacted]').replace(EMAIL, '[email]').replace(MOBILE, '[phone]').slice(0, 1000);
}

/** One SMS through the gateway; throws on anything but a 2xx answer within 10 s. Also sends verification codes (identity). */
export async function sendSms(settings: NonNullable<ChannelSettings['sms']>, to: string, text: string): Promise<void> {
  const response = await fetch(settings.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(settings.token ? { authorization: `Bearer ${settings.token}` } : {}) },
    body: JSON.stringify({ to, text }),
    signal: AbortSignal.timeout(SMS_TIMEOUT_MS),
  });
  await response.body?.cancel();
  if (!response.ok) throw new Error(`SMS gateway answered HTTP ${response.status}`);
}

/** One plain-text mail through the configured SMTP server. Also sends email verification codes (identity). */
export async function sendMail(settings: NonNullable<ChannelSettings['email']>, to: string, subject: string, text: string): Promise<void> {
  await mailerFor(settings.url).sendMail({ from: settings.from, to, subject, text });
}

export async function deliver(db: Db, settings: ChannelSettings, deliveryId: number, attempt: number, logger: Logger): Promise<void> {
  const delivery = await repo.deliveryForSending(db, deliveryId);
  // Sent already (a retry by hand after success), or nothing to do: done.
  if (!delivery || delivery.status === 'sent' || delivery.status === 'skipped') return;
  const channel = settings[delivery.channel];
  if (!channel) {
    await repo.markSkipped(db, delivery.id, `${delivery.channel} is not configured in this process`);
    return;
  }
  try {
    if (delivery.channel === 'sms') {
      await sendSms(settings.sms!, delivery.destination, `${SMS_SIGNATURE}${delivery.short_text}`);
    } else {
      const contact = await contactOf(db, delivery.recipient);
      const link = settings.publicUrl && delivery.link ? `\n\n查看详情：${settings.publicUrl}${delivery.link}` : '\n\n请登录涪陵区网上行政审批平台查看详情。';
      const text = `${contact?.displayName ?? '您好'}：\n\n${delivery.body}${link}\n\n${MAIL_FOOTER}`;
      await sendMail(settings.email!, delivery.destination, delivery.title, text);
    }
  } catch (error) {
    const message = scrubError(error, delivery.destination);
    const final = attempt >= delivery.max_attempts;
    await repo.recordAttempt(db, delivery.id, { status: final ? 'failed' : 'queued', error: message });
    logger.warn({ deliveryId: delivery.id, channel: delivery.channel, attempt, final }, 'notice delivery failed');
    throw new Error(message);
  }
  await repo.recordAttempt(db, delivery.id, { status: 'sent', error: null });
}
