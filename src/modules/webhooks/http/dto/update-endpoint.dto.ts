import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsString,
  MaxLength,
  MinLength,
  ValidateIf,
} from 'class-validator';

import { PUBLIC_EVENT_TYPES } from '../../domain/public-event-types';
import { WEBHOOK_URL_MAX } from '../../domain/webhook-url';

const present = (field: keyof UpdateEndpointDto) => (dto: UpdateEndpointDto) =>
  dto[field] !== undefined;

/** Only the fields sent change. Enabling clears disabledReason; disabling may give one. */
export class UpdateEndpointDto {
  @ApiPropertyOptional({ maxLength: WEBHOOK_URL_MAX })
  @ValidateIf(present('url'))
  @IsString()
  @MaxLength(WEBHOOK_URL_MAX)
  url?: string;

  @ApiPropertyOptional({ type: [String], enum: PUBLIC_EVENT_TYPES })
  @ValidateIf(present('eventTypes'))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PUBLIC_EVENT_TYPES.length)
  @IsIn(PUBLIC_EVENT_TYPES, {
    each: true,
    message: `eventTypes may contain only ${PUBLIC_EVENT_TYPES.join(', ')}`,
  })
  eventTypes?: string[];

  @ApiPropertyOptional()
  @ValidateIf(present('enabled'))
  @IsBoolean()
  enabled?: boolean;

  @ApiPropertyOptional({ maxLength: 500 })
  @ValidateIf(present('disabledReason'))
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  disabledReason?: string;
}
