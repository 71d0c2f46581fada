import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

import { TASK_DESCRIPTION_MAX, TASK_TITLE_MAX } from '../../domain/text-limits';
import { Trimmed } from './trimmed.transform';

export class CreateTaskDto {
  @ApiProperty({ example: 'Draft the launch post', maxLength: TASK_TITLE_MAX })
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxLength(TASK_TITLE_MAX)
  title!: string;

  @ApiPropertyOptional({ type: String, maxLength: TASK_DESCRIPTION_MAX, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TASK_DESCRIPTION_MAX)
  description?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A workspace member',
  })
  @IsOptional()
  @IsUUID('all')
  assigneeId?: string | null;
}
