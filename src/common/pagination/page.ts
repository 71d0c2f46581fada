import type { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

import { type CursorKey, encodeCursor } from './keyset-cursor';

export interface Page<T> {
  items: T[];
  /** Pass as `cursor` for the next page; null on the last page. */
  nextCursor: string | null;
}

/**
 * Cuts a page from rows fetched with `take: limit + 1` (one more than asked tells whether another
 * page follows) and makes the cursor from the last row kept.
 */
export function pageOf<Row, Item>(
  rows: readonly Row[],
  limit: number,
  list: string,
  keysOf: (row: Row) => readonly CursorKey[],
  itemOf: (row: Row) => Item,
): Page<Item> {
  const kept = rows.slice(0, limit);
  const last = kept.at(-1);
  return {
    items: kept.map(itemOf),
    nextCursor: rows.length > limit && last !== undefined ? encodeCursor(list, keysOf(last)) : null,
  };
}

/**
 * An OpenAPI-visible page class for `item` (swagger needs a named class per page type):
 * `export class NotificationPage extends PageOf(NotificationView, 'NotificationPage') {}`.
 */
export function PageOf<T>(item: Type<T>, name: string): Type<Page<T>> {
  class PageOfItems implements Page<T> {
    @ApiProperty({ type: [item] })
    items!: T[];

    @ApiProperty({
      type: String,
      nullable: true,
      description: 'Pass as `cursor` for the next page; null on the last page',
      example: 'WyJub3RpZmljYXRpb25zIiwiMTIzIl0',
    })
    nextCursor!: string | null;
  }
  Object.defineProperty(PageOfItems, 'name', { value: name });
  return PageOfItems;
}
