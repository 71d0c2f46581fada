import { randomUUID } from 'node:crypto';

import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';

import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { AppConfig } from '../../../../infrastructure/config/app-config';
import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { SlackConnectedV1 } from '../../contracts/slack-connected.event';
import { SecretBox } from '../../../../infrastructure/secrets/secret-box';
import { parseSlackWebhookUrl, sealedUrlContext } from '../../domain/slack-webhook-url';
import { SlackConnectionEntity } from '../../persistence/slack-connection.entity';
import { type SlackConnectionView, slackConnectionViewOf } from '../slack-connection-view';
import { ConnectSlackCommand } from './connect-slack.command';

/**
 * Connects (or reconnects) the workspace's Slack: a new connection, active, replacing any earlier
 * one, broken or not. Nothing is sent to Slack here; the first completion is the first message.
 * Publishes notifications.slack.connected.v1 (without the URL, a secret) in the same transaction.
 */
@CommandHandler(ConnectSlackCommand)
export class ConnectSlackHandler implements ICommandHandler<ConnectSlackCommand> {
  constructor(
    private readonly unitOfWork: UnitOfWork,
    private readonly config: AppConfig,
    private readonly secrets: SecretBox,
    private readonly outbox: EventOutbox,
  ) {}

  async execute({ props }: ConnectSlackCommand): Promise<SlackConnectionView> {
    const { workspaceId, actorId, webhookUrl } = props;
    const url = parseSlackWebhookUrl(webhookUrl, { allowLoopback: !this.config.isProduction });
    const connection: SlackConnectionEntity = {
      workspaceId,
      connectionId: randomUUID(),
      webhookUrl: this.secrets.seal(url.href, sealedUrlContext(workspaceId)),
      state: 'active',
      brokenReason: null,
      brokenAt: null,
      connectedBy: actorId,
      connectedAt: new Date(),
      lastDeliveredAt: null,
    };
    await this.unitOfWork.run(actorId, async (manager) => {
      await manager.upsert(SlackConnectionEntity, connection, ['workspaceId']);
      await this.outbox.publish(
        manager,
        new SlackConnectedV1(
          { connectionId: connection.connectionId },
          newEventMetadata(workspaceId, actorId),
        ),
      );
    });
    return slackConnectionViewOf(connection, url.href);
  }
}
