import { Body, Controller, HttpCode, Post, Put, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { roleIn } from '../../../common/auth/workspace-role';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { jobLocation } from '../../../infrastructure/queue/job-reference';
import { RequestDigestCommand } from '../application/request-digest/request-digest.command';
import { DigestSubscription } from '../application/set-digest-subscription/digest-subscription';
import { SetDigestSubscriptionCommand } from '../application/set-digest-subscription/set-digest-subscription.command';
import { DigestRequestAccepted } from './digest-request-accepted';
import { RequestDigestDto } from './dto/request-digest.dto';
import { SetDigestSubscriptionDto } from './dto/set-digest-subscription.dto';
import { UuidParam } from '../../../common/http/uuid-param.decorator';
import { jobLocationHeader } from '../../../common/http/openapi/job-location.header';

/** The weekly digest by email (docs/NOTIFICATIONS.md, "Weekly digest"). */
@ApiTags('notifications')
@Controller('workspaces/:workspaceId/digests')
export class DigestsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(202)
  @Auth('admin')
  @ApiOperation({
    operationId: 'requestDigest',
    summary: 'Send the weekly digest now',
    description:
      'Admin and up. Fixes the digest (the completions of the last 7 days) and queues the job ' +
      'that mails it to the subscribed members; answers 202 with Location `/v1/jobs/{jobId}`. ' +
      'At most DIGESTS_PER_DAY per workspace and UTC day: then 429 with Retry-After until ' +
      'midnight UTC.',
  })
  @ApiBody({ type: RequestDigestDto, required: false, description: 'No options (yet): omit it' })
  @ApiAcceptedResponse({
    type: DigestRequestAccepted,
    description: 'Queued; follow the job at Location',
    headers: { Location: jobLocationHeader('notifications') },
  })
  @ApiProblems({ 429: ['digests-per-day-limit'] })
  async request(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @Body() _body: RequestDigestDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<DigestRequestAccepted> {
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
  @ApiOperation({
    operationId: 'setDigestSubscription',
    summary: 'Subscribe to or unsubscribe from the digest',
    description:
      "Any member, for themself only. The session's email address becomes the address the " +
      'digest goes to.',
  })
  @ApiOkResponse({ type: DigestSubscription })
  setSubscription(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @Body() body: SetDigestSubscriptionDto,
  ): Promise<DigestSubscription> {
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
