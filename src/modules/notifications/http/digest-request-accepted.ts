import { ApiProperty } from '@nestjs/swagger';

import { DigestRequested } from '../application/request-digest/digest-requested';

/** POST …/digests answers 202 with the digest and where to follow its job. */
export class DigestRequestAccepted extends DigestRequested {
  @ApiProperty({
    example: '/v1/jobs/notifications.1e2d3c4b-5a69-4788-9a0b-c1d2e3f4a5b6',
    description: 'The same as the Location header',
  })
  statusUrl!: string;
}
