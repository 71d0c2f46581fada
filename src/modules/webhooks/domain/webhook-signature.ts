import { createHmac } from 'node:crypto';

import { signingKeyOf } from './signing-secret';

export interface SignedHeaders {
  'webhook-id': string;
  'webhook-timestamp': string;
  'webhook-signature': string;
}

/**
 * Standard Webhooks: `v1,<base64 HMAC-SHA256 of "{id}.{timestamp}.{body}">` per secret, space
 * separated, so a receiver accepts either secret while a rotation is under way.
 */
export function signedHeaders(
  id: string,
  timestampSeconds: number,
  body: string,
  secrets: string[],
): SignedHeaders {
  const content = `${id}.${timestampSeconds}.${body}`;
  const signatures = secrets.map(
    (secret) => `v1,${createHmac('sha256', signingKeyOf(secret)).update(content).digest('base64')}`,
  );
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': signatures.join(' '),
  };
}
