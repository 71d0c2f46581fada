import { InvalidSlackWebhookUrl } from './notifications.errors';
import { parseSlackWebhookUrl, webhookUrlHint } from './slack-webhook-url';

const SLACK = 'https://hooks.slack.com/services/T0001/B0002/abcdefghijklmnopqrstuvwx';

describe('parseSlackWebhookUrl', () => {
  const production = { allowLoopback: false };
  const local = { allowLoopback: true };

  it("accepts Slack's incoming webhooks", () => {
    expect(parseSlackWebhookUrl(SLACK, production).href).toBe(SLACK);
    expect(parseSlackWebhookUrl(`  ${SLACK} `, production).href).toBe(SLACK);
  });

  it.each([
    ['not a URL', 'hooks.slack.com/services/T/B/x'],
    ['plain http', 'http://hooks.slack.com/services/T/B/x'],
    ['another host', 'https://hooks.slack.com.evil.test/services/T/B/x'],
    ['a look-alike', 'https://evil.test/services/T/B/x'],
    ['another port', 'https://hooks.slack.com:8443/services/T/B/x'],
    ['credentials', 'https://user:pw@hooks.slack.com/services/T/B/x'],
    ['a query', 'https://hooks.slack.com/services/T/B/x?channel=general'],
    ['a fragment', 'https://hooks.slack.com/services/T/B/x#y'],
    ['no /services/ path', 'https://hooks.slack.com/triggers/T/B/x'],
    ['a bare /services', 'https://hooks.slack.com/services/'],
    ['path traversal', 'https://hooks.slack.com/services/../api/x'],
    ['loopback in production', 'http://127.0.0.1:8080/services/T/B/x'],
  ])('refuses %s', (_, url) => {
    expect(() => parseSlackWebhookUrl(url, production)).toThrow(InvalidSlackWebhookUrl);
  });

  it('accepts a loopback stand-in only when allowed, and only on 127.0.0.1', () => {
    expect(parseSlackWebhookUrl('http://127.0.0.1:8080/services/T/B/x', local).host).toBe(
      '127.0.0.1:8080',
    );
    for (const url of ['http://localhost:8080/services/T/B/x', 'http://10.0.0.1/services/T/B/x']) {
      expect(() => parseSlackWebhookUrl(url, local)).toThrow(InvalidSlackWebhookUrl);
    }
  });

  it('never quotes the URL in its error', () => {
    const secret = 'https://hooks.slack.com/services/T/B/very-secret?x=1';
    expect(() => parseSlackWebhookUrl(secret, production)).toThrow(
      expect.objectContaining({ message: expect.not.stringContaining('very-secret') }),
    );
  });
});

describe('webhookUrlHint', () => {
  it('shows the origin and the last 4 characters only', () => {
    expect(webhookUrlHint(SLACK)).toBe('https://hooks.slack.com/…/uvwx');
  });
});
