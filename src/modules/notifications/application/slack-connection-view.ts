import type { ConnectionState } from '../domain/connection-state';
import { webhookUrlHint } from '../domain/slack-webhook-url';
import type { SlackConnectionEntity } from '../persistence/slack-connection.entity';

/** What the API shows of a connection: never the webhook URL, only a hint of it. */
export interface SlackConnectionView {
  connected: boolean;
  /** e.g. `https://hooks.slack.com/…/XXXX`: the origin and the URL's last 4 characters. */
  webhookUrlHint: string | null;
  state: ConnectionState | null;
  /** Slack's answer that broke the connection, e.g. `404 no_service`. */
  brokenReason: string | null;
  brokenAt: string | null;
  connectedAt: string | null;
  lastDeliveredAt: string | null;
}

export const NOT_CONNECTED: SlackConnectionView = {
  connected: false,
  webhookUrlHint: null,
  state: null,
  brokenReason: null,
  brokenAt: null,
  connectedAt: null,
  lastDeliveredAt: null,
};

/** `webhookUrl`: the connection's URL in clear (the row holds it sealed). */
export function slackConnectionViewOf(
  connection: SlackConnectionEntity | null,
  webhookUrl: string,
): SlackConnectionView {
  if (!connection) return NOT_CONNECTED;
  return {
    connected: true,
    webhookUrlHint: webhookUrlHint(webhookUrl),
    state: connection.state,
    brokenReason: connection.brokenReason,
    brokenAt: connection.brokenAt?.toISOString() ?? null,
    connectedAt: connection.connectedAt.toISOString(),
    lastDeliveredAt: connection.lastDeliveredAt?.toISOString() ?? null,
  };
}
