import { Body, Controller, Get, Patch } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiTags } from '@nestjs/swagger';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { GetOnboardingQuery } from '../application/get-onboarding/get-onboarding.query';
import { UpdateOnboardingCommand } from '../application/update-onboarding/update-onboarding.command';
import type { OnboardingChecklist } from '../domain/onboarding-steps';
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
  get(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
  ): Promise<OnboardingChecklist> {
    return this.queries.execute(new GetOnboardingQuery({ workspaceId, actorId: actor.userId }));
  }

  @Patch()
  @Auth('viewer')
  update(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @Body() body: UpdateOnboardingDto,
  ): Promise<OnboardingChecklist> {
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
