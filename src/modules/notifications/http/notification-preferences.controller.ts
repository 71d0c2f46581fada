import { Body, Controller, Get, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { GetNotificationPreferencesQuery } from '../application/get-notification-preferences/get-notification-preferences.query';
import { NotificationPreferencesView } from '../application/notification-preferences-view';
import { SetNotificationPreferencesCommand } from '../application/set-notification-preferences/set-notification-preferences.command';
import { SetNotificationPreferencesDto } from './dto/set-notification-preferences.dto';

/** How the signed-in user wants each kind of notification delivered, in all their workspaces. */
@ApiTags('notifications')
@Controller('me/notification-preferences')
export class NotificationPreferencesController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @Auth()
  @ApiOperation({
    operationId: 'getMyNotificationPreferences',
    summary: 'Get your notification preferences',
    description: 'Every kind with its delivery: `in-app`, `email`, `digest` or `off`.',
  })
  @ApiOkResponse({ type: NotificationPreferencesView, description: 'Every kind' })
  get(@CurrentActor() actor: Actor): Promise<NotificationPreferencesView> {
    return this.queries.execute(new GetNotificationPreferencesQuery({ actorId: actor.userId }));
  }

  @Put()
  @Auth()
  @ApiOperation({
    operationId: 'setMyNotificationPreferences',
    summary: 'Change your notification preferences',
    description:
      'Only the kinds sent change. `in-app`: in the inbox only; `email`: also mailed (batched); ' +
      '`digest`: also in the weekly digest; `off`: not kept at all. Applies to new notifications.',
  })
  @ApiOkResponse({ type: NotificationPreferencesView, description: 'Every kind, after the change' })
  set(
    @CurrentActor() actor: Actor,
    @Body() body: SetNotificationPreferencesDto,
  ): Promise<NotificationPreferencesView> {
    const choices = Object.fromEntries(
      Object.entries(body).filter(([, delivery]) => delivery !== undefined),
    );
    return this.commands.execute(
      new SetNotificationPreferencesCommand({ actorId: actor.userId, choices }),
    );
  }
}
