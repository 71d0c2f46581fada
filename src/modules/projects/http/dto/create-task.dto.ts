import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MinLength } from 'class-validator';

import { TASK_DESCRIPTION_MAX, TASK_TITLE_MAX } from '../../domain/text-limits';
import { TaskFieldsDto } from './task-fields.dto';
import { Trimmed } from './trimmed.transform';
import { MaxCodePoints } from '../../../../common/http/max-code-points.decorator';

export class CreateTaskDto extends TaskFieldsDto {
  @ApiProperty({
    example: 'Draft the launch post',
    minLength: 1,
    maxLength: TASK_TITLE_MAX,
    description: 'Surrounding blanks are removed; what is left must not be empty',
  })
  @Trimmed()
  @IsString()
  @MinLength(1)
  @MaxCodePoints(TASK_TITLE_MAX)
  title!: string;

  @ApiPropertyOptional({
    type: String,
    maxLength: TASK_DESCRIPTION_MAX,
    nullable: true,
    example: 'Two paragraphs and a screenshot of the new checkout',
  })
  @IsOptional()
  @IsString()
  @MaxCodePoints(TASK_DESCRIPTION_MAX)
  description?: string | null;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A workspace member; leave out or null for nobody',
    example: '8d0b5c1e-2f4a-4e6b-9c3d-7a1e5f9b2c44',
  })
  @IsOptional()
  @IsUUID('all')
  assigneeId?: string | null;
}
