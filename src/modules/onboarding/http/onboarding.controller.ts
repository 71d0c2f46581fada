import { Body, Controller, Get, Patch } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { GetOnboardingQuery } from '../application/get-onboarding/get-onboarding.query';
import { UpdateOnboardingCommand } from '../application/update-onboarding/update-onboarding.command';
import { OnboardingChecklistView } from '../application/onboarding-checklist-view';
import { UpdateOnboardingDto } from './dto/update-onboarding.dto';
import { UuidParam } from '../../../common/http/uuid-param.decorator';

/** The caller's own onboarding checklist in a workspace (docs/ONBOARDING.md). */
@ApiTags('onboarding')
@Controller('workspaces/:workspaceId/onboarding')
export class OnboardingController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Get()
  @Auth('viewer')
  @ApiOperation({
    operationId: 'getOnboarding',
    summary: 'Get your onboarding checklist in a workspace',
    description: "The caller's own checklist: steps are done by doing them, or skipped.",
  })
  @ApiOkResponse({ type: OnboardingChecklistView, description: "The caller's checklist" })
  get(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
  ): Promise<OnboardingChecklistView> {
    return this.queries.execute(new GetOnboardingQuery({ workspaceId, actorId: actor.userId }));
  }

  @Patch()
  @Auth('viewer')
  @ApiOperation({
    operationId: 'updateOnboarding',
    summary: 'Skip onboarding steps or dismiss the checklist',
    description:
      'A done step stays done; repeating the request changes nothing. Skipping the last open ' +
      'step completes the checklist.',
  })
  @ApiOkResponse({ type: OnboardingChecklistView, description: 'The checklist after the change' })
  @ApiProblems({ 400: ['unknown-onboarding-step'] })
  update(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @Body() body: UpdateOnboardingDto,
  ): Promise<OnboardingChecklistView> {
    return this.commands.execute(
      new UpdateOnboardingCommand({
        workspaceId,
        actorId: actor.userId,
        skip: body.skip ?? [],
        dismiss: body.dismiss ?? false,
      }),
    );
  }
}
