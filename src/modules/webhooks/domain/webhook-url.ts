import { isIP } from 'node:net';

import { WebhookUrlRefused } from './webhook-url.errors';

export const WEBHOOK_URL_MAX = 2048;

export interface WebhookUrl {
  url: URL;
  /** Host name without IPv6 brackets. */
  host: string;
  /** Set when the host is an IP literal: nothing to resolve. */
  literal: string | null;
}

/**
 * The checks that need no DNS. WHATWG URL parsing already turns `http://2130706433/`,
 * `http://0177.0.0.1/` and `http://0x7f.1/` into `127.0.0.1`, so numeric tricks end up as literals.
 */
export function parseWebhookUrl(raw: string): WebhookUrl {
  if (raw.length > WEBHOOK_URL_MAX) {
    throw new WebhookUrlRefused(`longer than ${WEBHOOK_URL_MAX} characters`);
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookUrlRefused('not a valid absolute URL');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new WebhookUrlRefused(`scheme ${url.protocol.replace(':', '')} is not http or https`);
  }
  if (url.username || url.password) {
    throw new WebhookUrlRefused(
      'credentials in the URL are not allowed (the secret signs requests)',
    );
  }
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (!host) throw new WebhookUrlRefused('no host');
  return { url, host, literal: isIP(host) ? host : null };
}

/** `localhost` and `*.localhost` mean loopback whatever DNS says (RFC 6761). */
export function isLocalhostName(host: string): boolean {
  const name = host.toLowerCase().replace(/\.$/, '');
  return name === 'localhost' || name.endsWith('.localhost');
}
