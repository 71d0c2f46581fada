import { Body, Controller, HttpCode, Post, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { roleIn } from '../../../common/auth/workspace-role';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { jobLocation } from '../../../infrastructure/queue/job-reference';
import type { DigestRequested } from '../application/request-digest/request-digest.command';
import { RequestDigestCommand } from '../application/request-digest/request-digest.command';
import { SetDigestSubscriptionCommand } from '../application/set-digest-subscription/set-digest-subscription.command';
import { RequestDigestDto } from './dto/request-digest.dto';
import { SetDigestSubscriptionDto } from './dto/set-digest-subscription.dto';
import { UuidParam } from '../../../common/http/uuid-param.decorator';

/** The weekly digest by email (docs/NOTIFICATIONS.md, "Weekly digest"). */
@ApiTags('notifications')
@Controller('workspaces/:workspaceId/digests')
export class DigestsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(202)
  @Auth('admin')
  @ApiAcceptedResponse({ description: 'Queued; follow the Location (GET /v1/jobs/{id})' })
  @ApiTooManyRequestsResponse({ description: 'DIGESTS_PER_DAY reached; Retry-After: to 00:00 UTC' })
  async request(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @Body() _body: RequestDigestDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DigestRequested & { statusUrl: string }> {
    const requested = await this.commands.execute(
      new RequestDigestCommand({ workspaceId, actorId: actor.userId }),
    );
    const statusUrl = jobLocation(requested.jobId);
    void reply.header('Location', statusUrl);
    return { ...requested, statusUrl };
  }

  /** Any member, for themself only: there is no user id in the path. */
  @Put('subscription')
  @Auth('viewer')
  setSubscription(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @Body() body: SetDigestSubscriptionDto,
  ): Promise<{ subscribed: boolean }> {
    // The guard has checked the role (@Auth('viewer')), so it is there.
    const actorRole = roleIn(actor.memberships, workspaceId)!;
    return this.commands.execute(
      new SetDigestSubscriptionCommand({
        workspaceId,
        actorId: actor.userId,
        actorEmail: actor.email,
        actorRole,
        subscribed: body.subscribed,
      }),
    );
  }
}
