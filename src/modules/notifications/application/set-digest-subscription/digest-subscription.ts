import { ApiProperty } from '@nestjs/swagger';

/** The caller's digest subscription in a workspace, as it now stands. */
export class DigestSubscription {
  @ApiProperty({ example: false, description: 'false: no more digests for me in this workspace' })
  subscribed!: boolean;
}
