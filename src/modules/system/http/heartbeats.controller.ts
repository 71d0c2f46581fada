import {
  Body,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Post,
  Query,
  Res,
  UseGuards,
} from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import {
  ApiAcceptedResponse,
  ApiBasicAuth,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import { AdminGuard } from '../../../common/admin/admin.guard';
import { ApiProblems } from '../../../common/http/openapi/api-problems.decorator';
import { JobWaitDto } from '../../../infrastructure/queue/job-status/dto/job-wait.dto';
import { GetHeartbeatQuery } from '../application/get-heartbeat/get-heartbeat.query';
import { HeartbeatStatus } from '../application/get-heartbeat/heartbeat-status';
import { RequestHeartbeatCommand } from '../application/request-heartbeat/request-heartbeat.command';
import { RequestHeartbeatDto } from './dto/request-heartbeat.dto';
import { HeartbeatRequested } from './heartbeat-requested';
import { UuidParam } from '../../../common/http/uuid-param.decorator';

/** Platform diagnostic: a real job through web → Redis → worker → Postgres and back. */
@ApiTags('system')
@ApiBasicAuth('basic')
@ApiBearerAuth('bearer')
// AdminGuard's refusals (src/common/admin): no or wrong credentials, a session of a user who is
// not a platform admin, and too many wrong Basic credentials from one client.
@ApiProblems({
  401: ['admin-authentication-required'],
  403: ['platform-admin-required'],
  429: ['too-many-admin-credential-failures'],
})
@UseGuards(AdminGuard)
@Controller('system/heartbeats')
export class HeartbeatsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(202)
  @ApiOperation({
    operationId: 'requestHeartbeat',
    summary: 'Send a heartbeat job through the platform',
    description:
      'Platform admins. A real job through web → Redis → worker → Postgres and back; answers ' +
      '202 with Location `/v1/system/heartbeats/{id}`, where the result appears.',
  })
  @ApiAcceptedResponse({
    type: HeartbeatRequested,
    description: 'Queued; poll the Location for the result',
    headers: {
      Location: {
        description: 'The heartbeat: /v1/system/heartbeats/{id}',
        schema: {
          type: 'string',
          example: '/v1/system/heartbeats/4b3c2d1e-0f9a-4b8c-8d7e-6f5a4b3c2d1e',
        },
      },
    },
  })
  async request(
    @Body() body: RequestHeartbeatDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HeartbeatRequested> {
    const { jobId } = await this.commands.execute(
      new RequestHeartbeatCommand({ holdMs: body.holdMs }),
    );
    const statusUrl = `/v1/system/heartbeats/${jobId}`;
    void reply.header('Location', statusUrl);
    return { id: jobId, statusUrl };
  }

  @Get(':id')
  @ApiOperation({
    operationId: 'getHeartbeat',
    summary: 'Get a heartbeat job',
    description:
      'Platform admins. With `waitMs`, long-polls until the job finishes or the time is up, ' +
      'then answers its state either way.',
  })
  @ApiOkResponse({
    type: HeartbeatStatus,
    description: 'State, progress and result of the heartbeat job',
  })
  // NotFoundException: a plain 404 problem (about:blank), without a code of its own.
  @ApiProblems({ 404: [] })
  async status(@UuidParam('id') id: string, @Query() wait: JobWaitDto): Promise<HeartbeatStatus> {
    const status = await this.queries.execute(
      new GetHeartbeatQuery({ jobId: id, waitMs: wait.waitMs }),
    );
    if (!status) throw new NotFoundException(`No heartbeat job ${id}`);
    return status;
  }
}
