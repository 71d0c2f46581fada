import { Module } from '@nestjs/common';

import { ownedByModule } from '../../infrastructure/database/module-roles/module-owner';
import { CountUnreadNotificationsHandler } from './application/count-unread-notifications/count-unread-notifications.handler';
import { GetNotificationPreferencesHandler } from './application/get-notification-preferences/get-notification-preferences.handler';
import { ListNotificationsHandler } from './application/list-notifications/list-notifications.handler';
import { MarkAllNotificationsReadHandler } from './application/mark-all-notifications-read/mark-all-notifications-read.handler';
import { MarkNotificationReadHandler } from './application/mark-notification-read/mark-notification-read.handler';
import { SetNotificationPreferencesHandler } from './application/set-notification-preferences/set-notification-preferences.handler';
import { ConnectSlackHandler } from './application/connect-slack/connect-slack.handler';
import { DisconnectSlackHandler } from './application/disconnect-slack/disconnect-slack.handler';
import { GetSlackConnectionHandler } from './application/get-slack-connection/get-slack-connection.handler';
import { RequestDigestHandler } from './application/request-digest/request-digest.handler';
import { DigestStart } from './application/start-digest/digest-start';
import { SetDigestSubscriptionHandler } from './application/set-digest-subscription/set-digest-subscription.handler';
import { DigestsController } from './http/digests.controller';
import { MyNotificationsController } from './http/my-notifications.controller';
import { NotificationStreamController } from './http/notification-stream.controller';
import { LiveInbox } from './live/live-inbox';
import { NotificationStreamSlots } from './live/notification-stream-slots';
import { NotificationStreams } from './live/notification-streams';
import { NotificationPreferencesController } from './http/notification-preferences.controller';
import { SlackIntegrationController } from './http/slack-integration.controller';
import { NotificationsModule } from './notifications.module';

/**
 * Slack connection per workspace; the weekly digest: request one, (un)subscribe; each user's
 * notifications and their preferences.
 */
@Module({
  imports: [NotificationsModule],
  controllers: [
    SlackIntegrationController,
    DigestsController,
    MyNotificationsController,
    NotificationStreamController,
    NotificationPreferencesController,
  ],
  providers: [
    ownedByModule('notifications'),
    ConnectSlackHandler,
    DisconnectSlackHandler,
    GetSlackConnectionHandler,
    RequestDigestHandler,
    DigestStart,
    SetDigestSubscriptionHandler,
    // Personal notifications: the inbox and its preferences.
    ListNotificationsHandler,
    CountUnreadNotificationsHandler,
    MarkNotificationReadHandler,
    MarkAllNotificationsReadHandler,
    GetNotificationPreferencesHandler,
    SetNotificationPreferencesHandler,
    // Live delivery: one Redis subscriber per instance, fanned out to the open streams.
    LiveInbox,
    NotificationStreams,
    NotificationStreamSlots,
  ],
})
export class NotificationsHttpModule {}
