import type { NodemailerError } from 'nodemailer';

import { OutboundFailure } from '../resilience/outbound-failure';
import { SMTP } from './smtp-transport';

/** Nodemailer codes of a relay that cannot be reached, does not speak SMTP, or refuses us whole. */
const RELAY_CODES = new Set([
  'ECONNECTION',
  'ETIMEDOUT',
  'ESOCKET',
  'EDNS',
  'ETLS',
  'EPROTOCOL',
  'EPROXY',
  'EAUTH',
  'ENOAUTH',
]);
/** "Service not available, closing transmission channel": the relay, not the message. */
const RELAY_UNAVAILABLE = 421;

/**
 * What a failed send says about the relay. A failure of the relay itself (unreachable, reset,
 * silent past its timeout, 421, refusing our login) becomes an OutboundFailure, which counts
 * against the `smtp` breaker. An answer about this one message (an unknown recipient, a body it
 * refuses: 4xx/5xx in reply to the envelope or data) is returned as it is: the relay works, so the
 * breaker must not open for it, just as a 404 from Slack does not open Slack's. A relay's reply
 * text may quote the recipient, so only failures without a reply keep nodemailer's message.
 */
export function smtpFailureOf(error: NodemailerError, deadline: AbortSignal): Error {
  const codes = smtpCodesOf(error);
  if (deadline.aborted) {
    return new OutboundFailure('timeout', SMTP, `send did not finish in time (${codes})`);
  }
  if (error.responseCode === RELAY_UNAVAILABLE) {
    return new OutboundFailure('status', SMTP, `relay unavailable (${codes})`, {
      status: error.responseCode,
    });
  }
  if (error.responseCode === undefined && error.code && RELAY_CODES.has(error.code)) {
    const kind = error.code === 'ETIMEDOUT' || error.timeoutType ? 'timeout' : 'network';
    // About the connection, not a message: the text names no recipient (e.g. ECONNREFUSED).
    return new OutboundFailure(kind, SMTP, `relay failed (${codes}): ${error.message}`);
  }
  return error;
}

/** `ECONNECTION`, `EENVELOPE 550`, `ETIMEDOUT GREETING_TIMEOUT`…: what a log line may say. */
export function smtpCodesOf(error: NodemailerError): string {
  return [error.code, error.responseCode, error.timeoutType].filter(Boolean).join(' ') || 'unknown';
}
