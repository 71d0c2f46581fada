import { Body, Controller, Delete, Get, HttpCode, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { ConnectSlackCommand } from '../application/connect-slack/connect-slack.command';
import { DisconnectSlackCommand } from '../application/disconnect-slack/disconnect-slack.command';
import { GetSlackConnectionQuery } from '../application/get-slack-connection/get-slack-connection.query';
import type { SlackConnectionView } from '../application/slack-connection-view';
import { ConnectSlackDto } from './dto/connect-slack.dto';
import { UuidParam } from '../../../common/http/uuid-param.decorator';

/** A workspace's Slack connection, for its admins and owners (docs/NOTIFICATIONS.md). */
@ApiTags('notifications')
@Controller('workspaces/:workspaceId/integrations/slack')
export class SlackIntegrationController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Put()
  @Auth('admin')
  connect(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @Body() body: ConnectSlackDto,
  ): Promise<SlackConnectionView> {
    return this.commands.execute(
      new ConnectSlackCommand({ workspaceId, actorId: actor.userId, webhookUrl: body.webhookUrl }),
    );
  }

  @Get()
  @Auth('admin')
  get(@UuidParam('workspaceId') workspaceId: string): Promise<SlackConnectionView> {
    return this.queries.execute(new GetSlackConnectionQuery({ workspaceId }));
  }

  @Delete()
  @HttpCode(204)
  @Auth('admin')
  async disconnect(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
  ): Promise<void> {
    await this.commands.execute(new DisconnectSlackCommand({ workspaceId, actorId: actor.userId }));
  }
}
