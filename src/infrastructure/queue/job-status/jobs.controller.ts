import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { ProblemException } from '../../../common/http/problem.exception';
import { JobWaitDto } from './dto/job-wait.dto';
import { JobEventStreams } from './job-event-streams';
import { JobLookup } from './job-lookup';
import type { JobStatus } from './job-status';

/** Where a `202 Accepted` points: the state of a job, for members of the job's workspace. */
@ApiTags('jobs')
@Auth()
@Controller('jobs')
export class JobsController {
  constructor(
    private readonly lookup: JobLookup,
    private readonly streams: JobEventStreams,
  ) {}

  @Get(':id')
  @ApiOkResponse({ description: 'State, progress 0–100, result and failure reason of the job' })
  @ApiNotFoundResponse({ description: 'No such job in any of your workspaces' })
  async status(
    @Param('id') id: string,
    @Query() wait: JobWaitDto,
    @CurrentActor() actor: Actor,
  ): Promise<JobStatus> {
    const status = await this.lookup.status(id, actor, wait.waitMs);
    if (!status) throw jobNotFound(id);
    return status;
  }

  @Get(':id/events')
  @ApiProduces('text/event-stream')
  @ApiOkResponse({
    description:
      'Server-Sent Events: `progress` ({progress}) per change, then `completed` or `failed` ' +
      '(the status) and the end of the stream; a comment line every 15 s',
  })
  @ApiNotFoundResponse({ description: 'No such job in any of your workspaces' })
  async events(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // Checked before the stream starts, so a refusal is still an ordinary problem+json answer.
    const found = await this.lookup.find(id, actor);
    if (!found) throw jobNotFound(id);
    const headers = Object.fromEntries(
      Object.entries(reply.getHeaders()).map(([name, value]) => [name, String(value)]),
    );
    reply.hijack();
    // Not awaited: the handler's work (and its time budget) ends when the stream is under way.
    void this.streams.stream(found, reply.raw, headers);
  }
}

/** One answer for unknown, malformed and other workspaces' ids: existence never leaks. */
function jobNotFound(id: string): ProblemException {
  return new ProblemException({
    status: 404,
    title: 'Not Found',
    code: 'job-not-found',
    detail: `No job ${id.slice(0, 80)} in your workspaces.`,
  });
}
