import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsString,
  MinLength,
  ValidateIf,
} from 'class-validator';

import { PUBLIC_EVENT_TYPES } from '../../domain/public-event-types';
import { WEBHOOK_URL_MAX } from '../../domain/webhook-url';
import { MaxCodePoints } from '../../../../common/http/max-code-points.decorator';

const present = (field: keyof UpdateEndpointDto) => (dto: UpdateEndpointDto) =>
  dto[field] !== undefined;

/** Only the fields sent change. Enabling clears disabledReason; disabling may give one. */
export class UpdateEndpointDto {
  @ApiPropertyOptional({
    maxLength: WEBHOOK_URL_MAX,
    example: 'https://hooks.example.com/tenfold-v2',
    description: 'Vetted as at creation',
  })
  @ValidateIf(present('url'))
  @IsString()
  @MaxCodePoints(WEBHOOK_URL_MAX)
  url?: string;

  @ApiPropertyOptional({
    type: [String],
    enum: PUBLIC_EVENT_TYPES,
    example: ['projects.task.completed.v1'],
    description: 'Replaces the list; at least one',
  })
  @ValidateIf(present('eventTypes'))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PUBLIC_EVENT_TYPES.length)
  @IsIn(PUBLIC_EVENT_TYPES, {
    each: true,
    message: `eventTypes may contain only ${PUBLIC_EVENT_TYPES.join(', ')}`,
  })
  eventTypes?: string[];

  @ApiPropertyOptional({
    example: false,
    description: 'true clears disabledReason; false disables, with disabledReason if given',
  })
  @ValidateIf(present('enabled'))
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 500,
    example: 'Receiver down for maintenance',
    description:
      'Why it is disabled: with enabled false, or for an endpoint already disabled ' +
      '(ignored while enabled)',
  })
  @ValidateIf(present('disabledReason'))
  @IsString()
  @MinLength(1)
  @MaxCodePoints(500)
  disabledReason?: string;
}
