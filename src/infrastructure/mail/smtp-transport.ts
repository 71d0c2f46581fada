import {
  createTransport,
  type SMTPPoolOptions,
  type SMTPPoolSentMessageInfo,
  type Transporter,
} from 'nodemailer';

import type { AppConfig } from '../config/app-config';

export type SmtpTransport = Transporter<SMTPPoolSentMessageInfo, SMTPPoolOptions>;

/** DI token of the worker's one pooled SMTP transport. */
export const SMTP_TRANSPORT = Symbol('SMTP_TRANSPORT');

/**
 * A dead or stuck SMTP server must fail the attempt quickly (the email queue retries with backoff)
 * rather than hold a worker slot for nodemailer's defaults of 2 min (connect) and 10 min (idle).
 */
export const SMTP_TIMEOUTS_MS = {
  connection: 5_000,
  greeting: 5_000,
  socket: 10_000,
  dns: 5_000,
  /** Whole send, including waiting for a pooled connection; catches servers trickling replies. */
  send: 20_000,
} as const;

/**
 * One pooled transport per worker process, created lazily (no connection until the first send).
 * Nodemailer's own logging stays off: it would print envelopes and, at debug, message bodies.
 */
export function createSmtpTransport(config: AppConfig): SmtpTransport {
  return createTransport({
    url: config.mail.smtpUrl,
    pool: true,
    maxConnections: 5,
    // One quiet retry when a pooled connection the server already dropped fails mid-send;
    // everything else is the queue's retry, which is visible on the job.
    maxRequeues: 1,
    connectionTimeout: SMTP_TIMEOUTS_MS.connection,
    greetingTimeout: SMTP_TIMEOUTS_MS.greeting,
    socketTimeout: SMTP_TIMEOUTS_MS.socket,
    dnsTimeout: SMTP_TIMEOUTS_MS.dns,
    logger: false,
  });
}
