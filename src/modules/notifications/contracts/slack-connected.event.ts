import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface SlackConnectedPayload {
  connectionId: string;
}

/**
 * Slack was connected (or reconnected) in `workspaceId` by `actorId`. The webhook URL is a secret
 * and is never part of the payload.
 */
export class SlackConnectedV1 extends IntegrationEvent<SlackConnectedPayload> {
  static readonly TYPE = 'notifications.slack.connected.v1';
  readonly type = SlackConnectedV1.TYPE;
}
