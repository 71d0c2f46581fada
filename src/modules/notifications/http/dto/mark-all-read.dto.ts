import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';

export class MarkAllReadDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: "Only this workspace's notifications (one of yours; another is 404)",
  })
  @IsOptional()
  @IsUUID('all')
  workspaceId?: string;
}
