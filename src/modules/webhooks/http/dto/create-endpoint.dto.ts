import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
} from 'class-validator';

import { PUBLIC_EVENT_TYPES } from '../../domain/public-event-types';
import { WEBHOOK_URL_MAX } from '../../domain/webhook-url';
import { MaxCodePoints } from '../../../../common/http/max-code-points.decorator';

export class CreateEndpointDto {
  @ApiProperty({
    example: 'https://hooks.example.com/tenfold',
    maxLength: WEBHOOK_URL_MAX,
    description: 'http(s) URL on the public internet; private and internal addresses are refused',
  })
  @IsString()
  @MaxCodePoints(WEBHOOK_URL_MAX)
  url!: string;

  @ApiProperty({
    type: [String],
    enum: PUBLIC_EVENT_TYPES,
    example: ['projects.task.completed.v1', 'projects.task.created.v1'],
    description: 'At least one; duplicates are ignored',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PUBLIC_EVENT_TYPES.length)
  @IsIn(PUBLIC_EVENT_TYPES, {
    each: true,
    message: `eventTypes may contain only ${PUBLIC_EVENT_TYPES.join(', ')}`,
  })
  eventTypes!: string[];

  @ApiPropertyOptional({ default: true, example: true })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}
