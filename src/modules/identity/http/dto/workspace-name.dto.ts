import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength } from 'class-validator';

import { EXAMPLE_WORKSPACE_NAME } from '../../application/openapi-examples';

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
  @MaxLength(100)
  name!: string;
}
