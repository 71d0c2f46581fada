import { ApiProperty } from '@nestjs/swagger';

/** POST /v1/system/heartbeats answers 202 with the job and where to poll it. */
export class HeartbeatRequested {
  @ApiProperty({ example: '4b3c2d1e-0f9a-4b8c-8d7e-6f5a4b3c2d1e', format: 'uuid' })
  id!: string;

  @ApiProperty({
    example: '/v1/system/heartbeats/4b3c2d1e-0f9a-4b8c-8d7e-6f5a4b3c2d1e',
    description: 'The same as the Location header',
  })
  statusUrl!: string;
}
