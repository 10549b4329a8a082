import type { Config } from '../../config.js';
import type { Logger } from '../../platform/logger.js';
import type { DeliveryChannel } from './tables.js';

/** The outside channels this process can send notices through, read from its configuration. */
export interface ChannelSettings {
  email: { url: string; from: string } | null;
  sms: { url: string; token: string | undefined } | null;
  /** Attempts of each delivery job before its delivery is marked failed. */
  attempts: number;
  /** Absolute address of the web app, for links in mails; null: mails name the platform instead. */
  publicUrl: string | null;
}

export function channelSettings(config: Config): ChannelSettings {
  return {
    email: config.smtpUrl ? { url: config.smtpUrl, from: config.smtpFrom } : null,
    sms: config.smsGatewayUrl ? { url: config.smsGatewayUrl, token: config.smsGatewayToken } : null,
    attempts: config.notificationAttempts,
    publicUrl: config.publicUrl ?? null,
  };
}

export function isConfigured(settings: ChannelSettings, channel: DeliveryChannel): boolean {
  return settings[channel] !== null;
}

/**
 * Case notices are written by a case effect, which the workflow service calls with nothing but
 * its transaction; the process's channels are registered here when its app or job runner is
 * built. A process that registered nothing (a CLI seed) writes in-app notices and skips the rest.
 */
let registered: { settings: ChannelSettings; logger: Logger | null } = {
  settings: { email: null, sms: null, attempts: 10, publicUrl: null },
  logger: null,
};

export function registerChannels(config: Config, logger: Logger): void {
  registered = { settings: channelSettings(config), logger };
}

export function registeredChannels(): ChannelSettings {
  return registered.settings;
}

export function registeredLogger(): Logger | null {
  return registered.logger;
}
