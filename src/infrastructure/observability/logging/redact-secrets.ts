/** Never logged: fields named like credentials, at any depth of a logged error. */
const SECRET_FIELDS = new Set([
  'authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'proxy-authorization',
  'password',
  'token',
  'secret',
  'previousSecret', // webhook signing secrets
  'accessToken',
  'refreshToken',
  'webhookUrl', // a Slack incoming-webhook URL is itself the credential
]);

const CENSOR = '[redacted]';
const MAX_DEPTH = 6;

/**
 * A copy of `value` with every field named like a secret blanked. Request lines carry no headers
 * and no bodies (request-log-fields.ts), so what can carry a secret into a log is an error: a
 * client library's error may hold the request it sent (headers, a config with a token). Only
 * errors pass through here, which is why pino's global redaction, paid on every line, is gone.
 */
export function redactSecrets(value: unknown, depth = 0, seen = new WeakSet<object>()): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (seen.has(value) || depth >= MAX_DEPTH) return '[…]';
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactSecrets(item, depth + 1, seen));
  const copy: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    copy[key] = SECRET_FIELDS.has(key) ? CENSOR : redactSecrets(field, depth + 1, seen);
  }
  return copy;
}
