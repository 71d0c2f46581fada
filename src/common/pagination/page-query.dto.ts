import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min } from 'class-validator';

import { MAX_CURSOR_LENGTH } from './keyset-cursor';
import { MaxCodePoints } from '../http/max-code-points.decorator';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 50;

/**
 * `limit` and `cursor` of every list; a list's DTO extends it with its filters. Whether the cursor
 * belongs to this list is decided by its handler (`decodeCursor`, then `InvalidCursor`).
 */
export class PageQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
    default: DEFAULT_PAGE_SIZE,
    description: 'Items per page',
    example: DEFAULT_PAGE_SIZE,
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  limit: number = DEFAULT_PAGE_SIZE;

  @ApiPropertyOptional({
    description:
      'The `nextCursor` of the previous page, as it came (opaque); leave out for the first page. ' +
      'Any other value is 400 `invalid-cursor`.',
    maxLength: MAX_CURSOR_LENGTH,
  })
  @IsOptional()
  @IsString()
  @MaxCodePoints(MAX_CURSOR_LENGTH)
  cursor?: string;
}
