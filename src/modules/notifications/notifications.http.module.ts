import { Module } from '@nestjs/common';

/** Slack connection per workspace: connect, see its state, disconnect. */
@Module({})
export class NotificationsHttpModule {}
