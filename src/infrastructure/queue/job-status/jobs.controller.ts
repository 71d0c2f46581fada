import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import type { Actor } from '../../../common/auth/actor';
import { Auth } from '../../../common/auth/auth.decorator';
import { CurrentActor } from '../../../common/auth/current-actor.decorator';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { ProblemException } from '../../../common/http/problem.exception';
import { JobWaitDto } from './dto/job-wait.dto';
import { JobEventStreams } from './job-event-streams';
import { JobLookup } from './job-lookup';
import { FINISHED_STATES, JobStatus } from './job-status';
import { JobWaitSlots } from './job-wait-slots';

/**
 * Where a `202 Accepted` points: the state of a job, for members of the job's workspace whose
 * role its route would have let in. Streams and long-polls are capped per user (JobWaitSlots).
 */
@ApiTags('jobs')
@Auth()
@Controller('jobs')
export class JobsController {
  constructor(
    private readonly lookup: JobLookup,
    private readonly streams: JobEventStreams,
    private readonly slots: JobWaitSlots,
  ) {}

  @Get(':id')
  @ApiOperation({
    operationId: 'getJob',
    summary: 'Get the state of a job',
    description:
      "Where a 202 Accepted points. Members of the job's workspace whose role the starting " +
      'route required; 404 for unknown, malformed (not `<queue>.<uuid>`) and other ' +
      "workspaces' ids alike. With `waitMs`, long-polls until the job finishes or the time " +
      'is up; a long-poll over JOB_STREAMS_PER_USER is a 429.',
  })
  @ApiOkResponse({
    type: JobStatus,
    description: 'State, progress 0–100, result and failure reason of the job',
  })
  @ApiProblems({ 404: ['job-not-found'], 429: ['too-many-job-streams'] })
  async status(
    @Param('id') id: string,
    @Query() wait: JobWaitDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<JobStatus> {
    const found = await this.lookup.find(id, actor);
    if (!found) throw jobNotFound(id);
    // Only a wait holds a slot: a plain read (or one of a finished job) answers at once.
    if (wait.waitMs === 0 || FINISHED_STATES.has(found.state)) return this.lookup.statusOf(found);
    const slot = await this.slots.take(actor.userId);
    // A client that hangs up ends its wait (and frees its slot) at once, not at the deadline.
    const gone = new AbortController();
    const onClose = () => gone.abort();
    reply.raw.once('close', onClose);
    try {
      const current = await this.lookup.waitFor(found, wait.waitMs, {
        signal: gone.signal,
        onTurn: slot.keepAlive,
      });
      if (!current) throw jobNotFound(id);
      return this.lookup.statusOf(current);
    } finally {
      reply.raw.off('close', onClose);
      await slot.release();
    }
  }

  @Get(':id/events')
  @ApiProduces('text/event-stream')
  @ApiOperation({
    operationId: 'streamJobEvents',
    summary: "Follow a job's progress as Server-Sent Events",
    description:
      'Same access as getJob; a refusal is a problem+json answer before any stream starts. ' +
      'Over JOB_STREAMS_PER_USER open streams and long-polls: 429. Browsers: EventSource ' +
      'cannot send Authorization; use fetch() with a streamed body.',
  })
  @ApiOkResponse({
    description:
      'Server-Sent Events: `progress` ({progress}) per change, then `completed` or `failed` ' +
      '(the status, as getJob answers it) and the end of the stream (`gone` if the job is ' +
      'removed meanwhile); a comment line after 15 s without an event',
    schema: {
      type: 'string',
      example:
        ': job events\n\nevent: progress\ndata: {"progress":40}\n\n' +
        'event: completed\ndata: {"id":"reports.7a1f2e3d-4c5b-4a69-8e7d-6f5a4b3c2d1e",' +
        '"state":"completed","progress":100,…}\n\n',
    },
  })
  @ApiProblems({ 404: ['job-not-found'], 429: ['too-many-job-streams'] })
  async events(
    @Param('id') id: string,
    @CurrentActor() actor: Actor,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // Checked before the stream starts, so a refusal is still an ordinary problem+json answer.
    const found = await this.lookup.find(id, actor);
    if (!found) throw jobNotFound(id);
    const slot = await this.slots.take(actor.userId);
    const headers = Object.fromEntries(
      Object.entries(reply.getHeaders()).map(([name, value]) => [name, String(value)]),
    );
    reply.hijack();
    // Not awaited: the handler's work (and its time budget) ends when the stream is under way.
    void this.streams.stream(found, reply.raw, headers, slot);
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
