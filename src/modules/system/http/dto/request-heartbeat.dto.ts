import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class RequestHeartbeatDto {
  @ApiPropertyOptional({
    type: 'integer',
    description: 'How long the job holds its worker (ms)',
    default: 0,
    minimum: 0,
    maximum: 30000,
    example: 2000,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30_000)
  holdMs: number = 0;
}
