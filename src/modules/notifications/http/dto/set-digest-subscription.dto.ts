import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class SetDigestSubscriptionDto {
  @ApiProperty({ description: 'false: no more digests for me in this workspace.', example: false })
  @IsBoolean()
  subscribed!: boolean;
}
