import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { Idempotent } from '../../../common/http/idempotency/idempotent.decorator';
import { ValidationFailedException } from '../../../common/http/validation-failed.exception';
import { jobLocation } from '../../../infrastructure/queue/job-reference';
import type { ExportView } from '../application/get-export/export-view';
import { GetExportQuery } from '../application/get-export/get-export.query';
import { RequestExportCommand } from '../application/request-export/request-export.command';
import { rangeProblems } from '../domain/export-range';
import { RequestExportDto } from './dto/request-export.dto';
import { UuidParam } from '../../../common/http/uuid-param.decorator';

/** Report exports (CSV, PDF) built by a `reports` job: docs/ANALYTICS.md, "Exports". */
@ApiTags('analytics')
@Controller('workspaces/:workspaceId/analytics/exports')
export class ExportsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  /**
   * member+: an export costs a worker real work, which viewers should not be able to order. 409
   * also when EXPORTS_IN_FLIGHT_PER_WORKSPACE exports are queued or running (ExportSlots).
   */
  @Post()
  @Auth('member')
  @Idempotent()
  @HttpCode(202)
  @ApiAcceptedResponse({ description: 'Queued; follow the job at Location (/v1/jobs/{jobId})' })
  async request(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @Body() body: RequestExportDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<{ jobId: string; exportId: string }> {
    const problems = rangeProblems(body.from, body.to);
    if (problems.length > 0) throw new ValidationFailedException(problems);
    const { jobId, exportId } = await this.commands.execute(
      new RequestExportCommand({
        workspaceId,
        actorId: actor.userId,
        format: body.format,
        from: body.from,
        to: body.to,
      }),
    );
    void reply.header('Location', jobLocation(jobId));
    return { jobId, exportId };
  }

  @Get(':exportId')
  @Auth('member')
  @ApiOkResponse({ description: 'State of the export, with a fresh download link once ready' })
  get(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @UuidParam('exportId') exportId: string,
  ): Promise<ExportView> {
    return this.queries.execute(
      new GetExportQuery({ workspaceId, exportId, actorId: actor.userId }),
    );
  }
}
