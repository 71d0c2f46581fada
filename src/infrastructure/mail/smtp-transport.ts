import {
  createTransport,
  type SMTPPoolOptions,
  type SMTPPoolSentMessageInfo,
  type Transporter,
} from 'nodemailer';

import type { AppConfig } from '../config/app-config';
import { type DependencySettings, dependencySettingsOf } from '../resilience/dependency-settings';

export type SmtpTransport = Transporter<SMTPPoolSentMessageInfo, SMTPPoolOptions>;

/** DI token of the worker's one pooled SMTP transport. */
export const SMTP_TRANSPORT = Symbol('SMTP_TRANSPORT');

/** The dependency (breaker, settings, metrics) every SMTP send goes through. */
export const SMTP = 'smtp';

/**
 * Nodemailer's own timeouts, cut from its defaults of 2 min (connect) and 10 min (idle) to fit
 * inside the `smtp` timeout, which bounds the whole send (AbortSignal in SendEmailProcessor):
 * DNS, then connect, then the greeting, each get a third of it, so that together they never
 * outlast it; a stalled socket gives up at the timeout itself. Whichever fires first fails the
 * attempt, and none of them runs on past the breaker's deadline.
 */
export function smtpTimeoutsOf(settings: DependencySettings) {
  const step = Math.max(1, Math.floor(settings.timeoutMs / 3));
  return {
    dnsTimeout: step,
    connectionTimeout: step,
    greetingTimeout: step,
    socketTimeout: settings.timeoutMs,
  };
}

/**
 * One pooled transport per worker process, created lazily (no connection until the first send).
 * Nodemailer's own logging stays off: it would print envelopes and, at debug, message bodies.
 */
export function createSmtpTransport(config: AppConfig): SmtpTransport {
  const settings = dependencySettingsOf(config, SMTP);
  return createTransport({
    url: config.mail.smtpUrl,
    pool: true,
    maxConnections: 5,
    // A message whose pooled connection closes mid-send is requeued by nodemailer as often as
    // the `smtp` settings allow retries (0 by default): the job's attempts are the retries, and
    // they are visible on the job, counted by the breaker and bounded by its timeout.
    maxRequeues: settings.retries,
    ...smtpTimeoutsOf(settings),
    logger: false,
  });
}
