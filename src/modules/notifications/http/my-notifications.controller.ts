import { Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { workspaceNotFound } from '../../../common/auth/auth.errors';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import type { Page } from '../../../common/pagination/page';
import { CountUnreadNotificationsQuery } from '../application/count-unread-notifications/count-unread-notifications.query';
import { ListNotificationsQuery } from '../application/list-notifications/list-notifications.query';
import { MarkAllNotificationsReadCommand } from '../application/mark-all-notifications-read/mark-all-notifications-read.command';
import { MarkNotificationReadCommand } from '../application/mark-notification-read/mark-notification-read.command';
import type { NotificationView } from '../application/notification-view';
import { ListNotificationsDto } from './dto/list-notifications.dto';
import { MarkAllReadDto } from './dto/mark-all-read.dto';
import { NotificationIdParam } from './notification-id-param';
import { NotificationPage } from './notification-page';
import { MarkedRead, UnreadCount } from './unread-count';

/** The session's workspaces: items of a workspace the user has left are no longer theirs to see. */
const workspacesOf = (actor: Actor) => Object.keys(actor.memberships);

/** The signed-in user's own notifications, over all their workspaces (docs/NOTIFICATIONS.md). */
@ApiTags('notifications')
@Controller('me/notifications')
export class MyNotificationsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @Auth()
  @ApiOperation({
    operationId: 'listMyNotifications',
    summary: 'List your notifications, newest first',
    description: 'Cursor-paged; each names its workspace. `unread=true` lists the unread ones.',
  })
  @ApiOkResponse({ type: NotificationPage, description: 'One page' })
  @ApiProblems({ 400: ['invalid-cursor'] })
  list(
    @CurrentActor() actor: Actor,
    @Query() query: ListNotificationsDto,
  ): Promise<Page<NotificationView>> {
    return this.queries.execute(
      new ListNotificationsQuery({
        actorId: actor.userId,
        workspaceIds: workspacesOf(actor),
        unreadOnly: query.unread === 'true',
        limit: query.limit,
        cursor: query.cursor,
      }),
    );
  }

  @Get('unread-count')
  @Auth()
  @ApiOperation({
    operationId: 'countMyUnreadNotifications',
    summary: 'Count your unread notifications',
  })
  @ApiOkResponse({ type: UnreadCount, description: 'The count' })
  unreadCount(@CurrentActor() actor: Actor): Promise<UnreadCount> {
    return this.queries.execute(
      new CountUnreadNotificationsQuery({
        actorId: actor.userId,
        workspaceIds: workspacesOf(actor),
      }),
    );
  }

  @Post('read-all')
  @HttpCode(200)
  @Auth()
  @ApiOperation({
    operationId: 'markAllMyNotificationsRead',
    summary: 'Mark all your notifications read',
    description: 'All workspaces, or only `workspaceId`; answers how many were unread.',
  })
  @ApiOkResponse({ type: MarkedRead, description: 'How many were marked' })
  @ApiProblems({ 404: ['workspace-not-found'] })
  markAllRead(@CurrentActor() actor: Actor, @Query() query: MarkAllReadDto): Promise<MarkedRead> {
    const { workspaceId } = query;
    if (workspaceId !== undefined && !(workspaceId in actor.memberships)) {
      throw workspaceNotFound();
    }
    return this.commands.execute(
      new MarkAllNotificationsReadCommand({
        actorId: actor.userId,
        workspaceIds: workspaceId === undefined ? workspacesOf(actor) : [workspaceId],
      }),
    );
  }

  @Post(':id/read')
  @HttpCode(204)
  @Auth()
  @ApiOperation({
    operationId: 'markMyNotificationRead',
    summary: 'Mark one of your notifications read',
    description: 'Again changes nothing. Someone else’s id is 404, as is an unknown one.',
  })
  @ApiNoContentResponse({ description: 'Read' })
  @ApiProblems({ 404: ['notification-not-found'] })
  async markRead(@CurrentActor() actor: Actor, @NotificationIdParam() id: string): Promise<void> {
    await this.commands.execute(
      new MarkNotificationReadCommand({
        actorId: actor.userId,
        workspaceIds: workspacesOf(actor),
        notificationId: id,
      }),
    );
  }
}
