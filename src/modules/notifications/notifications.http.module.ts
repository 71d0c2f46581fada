import { Module } from '@nestjs/common';

import { ConnectSlackHandler } from './application/connect-slack/connect-slack.handler';
import { DisconnectSlackHandler } from './application/disconnect-slack/disconnect-slack.handler';
import { GetSlackConnectionHandler } from './application/get-slack-connection/get-slack-connection.handler';
import { RequestDigestHandler } from './application/request-digest/request-digest.handler';
import { DigestStart } from './application/start-digest/digest-start';
import { SetDigestSubscriptionHandler } from './application/set-digest-subscription/set-digest-subscription.handler';
import { DigestsController } from './http/digests.controller';
import { SlackIntegrationController } from './http/slack-integration.controller';
import { NotificationsModule } from './notifications.module';

/** Slack connection per workspace; the weekly digest: request one, (un)subscribe. */
@Module({
  imports: [NotificationsModule],
  controllers: [SlackIntegrationController, DigestsController],
  providers: [
    ConnectSlackHandler,
    DisconnectSlackHandler,
    GetSlackConnectionHandler,
    RequestDigestHandler,
    DigestStart,
    SetDigestSubscriptionHandler,
  ],
})
export class NotificationsHttpModule {}
