import { ApiPropertyOptional } from '@nestjs/swagger';

import { MAX_PAGE_SIZE, PageQueryDto } from './page-query.dto';

/**
 * `limit` and `cursor` of the lists whose v1 answer is a bare array (workspaces, members,
 * invitations). They were not paged before, so their first page is as long as a page can be:
 * a client that never asks for a second page loses nothing up to MAX_PAGE_SIZE items, and the
 * `Link` header tells it when there is more (docs/adr/0019-one-list-convention.md).
 */
export class ArrayListQueryDto extends PageQueryDto {
  @ApiPropertyOptional({
    type: 'integer',
    minimum: 1,
    maximum: MAX_PAGE_SIZE,
    default: MAX_PAGE_SIZE,
    description: 'Items per page; the next page is in the `Link` header',
    example: MAX_PAGE_SIZE,
  })
  override limit: number = MAX_PAGE_SIZE;
}
