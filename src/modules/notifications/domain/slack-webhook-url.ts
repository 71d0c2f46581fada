import { InvalidSlackWebhookUrl } from './notifications.errors';

/** Slack's incoming webhooks live here, and only here. */
export const SLACK_WEBHOOK_HOST = 'hooks.slack.com';
export const SLACK_WEBHOOK_URL_MAX = 500;

/** `/services/T…/B…/secret`: one or more plain segments, nothing else (no query, no fragment). */
const SERVICES_PATH = /^\/services(\/[A-Za-z0-9_-]+)+$/;
const LOOPBACK_HOST = '127.0.0.1';

export interface WebhookUrlRules {
  /**
   * Also accept http(s)://127.0.0.1:<port>/services/… (a local stand-in for Slack). Outside
   * production only: in production the URL must be Slack's.
   */
  allowLoopback: boolean;
}

/**
 * The one rule for a Slack webhook URL (docs/NOTIFICATIONS.md, "Connecting"): https, host
 * hooks.slack.com on the default port, a /services/… path, no credentials, query or fragment.
 * The error never repeats the URL: it is a secret, even when it is wrong.
 */
export function parseSlackWebhookUrl(raw: string, rules: WebhookUrlRules): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new InvalidSlackWebhookUrl('webhookUrl is not a URL.');
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new InvalidSlackWebhookUrl(
      'webhookUrl must not carry credentials, a query or a fragment.',
    );
  }
  if (!SERVICES_PATH.test(url.pathname)) {
    throw new InvalidSlackWebhookUrl('webhookUrl must be an incoming webhook: /services/….');
  }
  const isSlack = url.protocol === 'https:' && url.hostname === SLACK_WEBHOOK_HOST && !url.port;
  const isLoopback =
    rules.allowLoopback &&
    url.hostname === LOOPBACK_HOST &&
    (url.protocol === 'http:' || url.protocol === 'https:');
  if (!isSlack && !isLoopback) {
    throw new InvalidSlackWebhookUrl(`webhookUrl must start with https://${SLACK_WEBHOOK_HOST}/.`);
  }
  return url;
}

/** What answers show instead of the URL: its origin and the last 4 characters. */
/** What a stored webhook URL is sealed for (SecretBox context): its workspace's connection. */
export const sealedUrlContext = (workspaceId: string) => `slack-webhook-url:${workspaceId}`;

export function webhookUrlHint(webhookUrl: string): string {
  const url = new URL(webhookUrl);
  return `${url.origin}/…/${url.pathname.slice(-4)}`;
}
