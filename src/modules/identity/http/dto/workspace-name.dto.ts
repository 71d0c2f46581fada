import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MinLength } from 'class-validator';

import { EXAMPLE_WORKSPACE_NAME } from '../../application/openapi-examples';
import { MaxCodePoints } from '../../../../common/http/max-code-points.decorator';

export class WorkspaceNameDto {
  @ApiProperty({
    example: EXAMPLE_WORKSPACE_NAME,
    minLength: 1,
    maxLength: 100,
    description: 'Trimmed before it is checked and stored',
  })
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(1)
  @MaxCodePoints(100)
  name!: string;
}
