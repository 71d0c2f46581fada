import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, ValidateIf } from 'class-validator';

export class AssignTaskDto {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A workspace member; null unassigns',
    example: '8d0b5c1e-2f4a-4e6b-9c3d-7a1e5f9b2c44',
  })
  // Required, but null is a value: leaving the field out is an error, sending null unassigns.
  @ValidateIf((dto: AssignTaskDto) => dto.assigneeId !== null)
  @IsUUID('all')
  assigneeId!: string | null;
}
