import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsUUID } from 'class-validator';

export class MoveTaskDto {
  @ApiProperty({
    format: 'uuid',
    description: 'An active project of the same workspace',
    example: '3f1c2a9e-6b7d-4c1e-9a8f-2d5e7b4c6a10',
  })
  // Lower-cased: ids are compared as text ("same project: nothing moves"), as Postgres prints them.
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.toLowerCase() : value,
  )
  @IsUUID('all')
  projectId!: string;
}
