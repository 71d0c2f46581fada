import { UseInterceptors } from '@nestjs/common';

import { NextPageLinkInterceptor, type PageBody } from './next-page-link.interceptor';

/**
 * Marks a list route whose handler returns a `Page`: sets `Link rel="next"` and answers the page,
 * or (`'items'`) its items as a bare array for lists whose v1 answer was an array. Declare the
 * header with `nextPageLinkHeader()` in the route's `@ApiOkResponse`.
 */
export function Paged(body: PageBody): MethodDecorator {
  return UseInterceptors(new NextPageLinkInterceptor(body));
}
