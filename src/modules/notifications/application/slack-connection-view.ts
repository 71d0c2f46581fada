import { ApiProperty } from '@nestjs/swagger';

import { CONNECTION_STATES, type ConnectionState } from '../domain/connection-state';
import { webhookUrlHint } from '../domain/slack-webhook-url';
import type { SlackConnectionEntity } from '../persistence/slack-connection.entity';

const nullableTime = (example: string | null, description?: string) =>
  ApiProperty({ type: String, format: 'date-time', nullable: true, example, description });

/** What the API shows of a connection: never the webhook URL, only a hint of it. */
export class SlackConnectionView {
  @ApiProperty({ example: true, description: 'false: no connection; every other field is null' })
  connected!: boolean;

  /** e.g. `https://hooks.slack.com/…/XXXX`: the origin and the URL's last 4 characters. */
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'https://hooks.slack.com/…/XXXX',
    description: "The URL's origin and last 4 characters; the URL itself is never shown",
  })
  webhookUrlHint!: string | null;

  @ApiProperty({
    enum: CONNECTION_STATES,
    type: String,
    nullable: true,
    example: 'active',
    description:
      '`active`: completions are sent. `broken`: Slack refused a message for good; nothing is ' +
      'sent until an admin connects again.',
  })
  state!: ConnectionState | null;

  /** Slack's answer that broke the connection, e.g. `404 no_service`. */
  @ApiProperty({
    type: String,
    nullable: true,
    example: null,
    description: "Slack's answer that broke the connection, e.g. `404 no_service`",
  })
  brokenReason!: string | null;

  @nullableTime(null, 'null unless broken')
  brokenAt!: string | null;

  @nullableTime('2026-03-01T08:00:00.000Z')
  connectedAt!: string | null;

  @nullableTime('2026-03-14T09:20:11.907Z', 'The last message Slack accepted')
  lastDeliveredAt!: string | null;
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
