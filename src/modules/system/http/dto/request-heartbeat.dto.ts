import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class RequestHeartbeatDto {
  @ApiPropertyOptional({
    description: 'How long the job holds its worker (ms)',
    default: 0,
    maximum: 30000,
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(30_000)
  holdMs: number = 0;
}
