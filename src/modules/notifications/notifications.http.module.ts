import { Module } from '@nestjs/common';

import { ConnectSlackHandler } from './application/connect-slack/connect-slack.handler';
import { DisconnectSlackHandler } from './application/disconnect-slack/disconnect-slack.handler';
import { GetSlackConnectionHandler } from './application/get-slack-connection/get-slack-connection.handler';
import { SlackIntegrationController } from './http/slack-integration.controller';
import { NotificationsModule } from './notifications.module';

/** Slack connection per workspace: connect, see its state, disconnect. */
@Module({
  imports: [NotificationsModule],
  controllers: [SlackIntegrationController],
  providers: [ConnectSlackHandler, DisconnectSlackHandler, GetSlackConnectionHandler],
})
export class NotificationsHttpModule {}
