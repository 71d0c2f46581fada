import { ApiProperty } from '@nestjs/swagger';
import { IsUUID, ValidateIf } from 'class-validator';

export class AssignTaskDto {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'A workspace member; null unassigns',
  })
  // Required, but null is a value: leaving the field out is an error, sending null unassigns.
  @ValidateIf((dto: AssignTaskDto) => dto.assigneeId !== null)
  @IsUUID('all')
  assigneeId!: string | null;
}
