import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiAcceptedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { Idempotent } from '../../../common/http/idempotency/idempotent.decorator';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { dependencyUnavailableHeader } from '../../../common/http/openapi/dependency-unavailable.header';
import { ValidationFailedException } from '../../../common/http/validation-failed.exception';
import { jobLocation } from '../../../infrastructure/queue/job-reference';
import { DEPENDENCY_UNAVAILABLE_HEADER } from '../../../infrastructure/resilience/circuit-breaker-route';
import { CircuitBreaker } from '../../../infrastructure/resilience/circuit-breaker.decorator';
import { S3_DEPENDENCY } from '../../../infrastructure/storage/s3-dependency';
import { ExportView } from '../application/get-export/export-view';
import { GetExportQuery } from '../application/get-export/get-export.query';
import { ExportRequested } from '../application/request-export/export-requested';
import { RequestExportCommand } from '../application/request-export/request-export.command';
import { rangeProblems } from '../domain/export-range';
import { RequestExportDto } from './dto/request-export.dto';
import { UuidParam } from '../../../common/http/uuid-param.decorator';
import { jobLocationHeader } from '../../../common/http/openapi/job-location.header';

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
  @ApiOperation({
    operationId: 'requestReportExport',
    summary: 'Request a report export',
    description:
      'Member and up. Queues a `reports` job that writes the CSV or PDF; answers 202 with ' +
      'Location `/v1/jobs/{jobId}`. Read the export (and its download link once ready) at ' +
      '`GET …/analytics/exports/{exportId}`. 409 while EXPORTS_IN_FLIGHT_PER_WORKSPACE exports ' +
      'are queued or running.',
  })
  @ApiAcceptedResponse({
    type: ExportRequested,
    description: 'Queued; follow the job at Location',
    headers: { Location: jobLocationHeader('reports') },
  })
  @ApiProblems({ 409: ['exports-in-flight-limit'] })
  async request(
    @CurrentActor() actor: Actor,
    @UuidParam('workspaceId') workspaceId: string,
    @Body() body: RequestExportDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ExportRequested> {
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
  @CircuitBreaker(S3_DEPENDENCY, { answersFromWhatIsKnown: true })
  @ApiOperation({
    operationId: 'getReportExport',
    summary: 'Get a report export',
    description:
      "Member and up. Read on a replica that has the caller's own writes. Once `ready`, each " +
      'call signs a new `downloadUrl`, valid until `expiresAt`. Signed locally, so it is ' +
      'answered while object storage is out too, marked `Dependency-Unavailable: s3`.',
  })
  @ApiOkResponse({
    type: ExportView,
    description: 'State of the export, with a fresh download link once ready',
    headers: { [DEPENDENCY_UNAVAILABLE_HEADER]: dependencyUnavailableHeader(S3_DEPENDENCY) },
  })
  @ApiProblems({ 404: ['export-not-found'] })
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
