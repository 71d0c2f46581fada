import { Body, Controller, Delete, Get, HttpCode, Put } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { ConnectSlackCommand } from '../application/connect-slack/connect-slack.command';
import { DisconnectSlackCommand } from '../application/disconnect-slack/disconnect-slack.command';
import { GetSlackConnectionQuery } from '../application/get-slack-connection/get-slack-connection.query';
import { SlackConnectionView } from '../application/slack-connection-view';
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
  @ApiOperation({
    operationId: 'connectSlack',
    summary: "Connect the workspace's Slack",
    description:
      'Admin and up. Connects, or reconnects, replacing any earlier connection (broken or not). ' +
      'Nothing is sent to Slack now: the first task completed is the first message. The URL is ' +
      'stored sealed and never shown again.',
  })
  @ApiOkResponse({ type: SlackConnectionView })
  @ApiProblems({ 400: ['invalid-slack-webhook-url'] })
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
  @ApiOperation({
    operationId: 'getSlackConnection',
    summary: "Get the workspace's Slack connection",
    description: 'Admin and up. `connected: false` (and nulls) when there is none.',
  })
  @ApiOkResponse({ type: SlackConnectionView })
  get(@UuidParam('workspaceId') workspaceId: string): Promise<SlackConnectionView> {
    return this.queries.execute(new GetSlackConnectionQuery({ workspaceId }));
  }

  @Delete()
  @HttpCode(204)
  @Auth('admin')
  @ApiOperation({
    operationId: 'disconnectSlack',
    summary: "Disconnect the workspace's Slack",
    description:
      'Admin and up. Forgets the webhook URL; messages still queued are not sent. 204 also ' +
      'when there was no connection.',
  })
  @ApiNoContentResponse({ description: 'Disconnected (or was not connected)' })
  async disconnect(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
  ): Promise<void> {
    await this.commands.execute(new DisconnectSlackCommand({ workspaceId, actorId: actor.userId }));
  }
}
