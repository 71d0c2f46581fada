import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  NestInterceptor,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';

import type { Page } from './page';

/** What the client gets: the page object (`{ items, nextCursor }`) or, for v1 array lists, its items. */
export type PageBody = 'page' | 'items';

/**
 * Gives every list one way to find its next page (docs/adr/0019-one-list-convention.md): an RFC 8288
 * `Link: <…?cursor=…&limit=…>; rel="next"` header while another page follows. The handler returns a
 * `Page`; lists that answered a bare array before paging (a v1 contract) get only its items.
 */
@Injectable()
export class NextPageLinkInterceptor implements NestInterceptor {
  constructor(private readonly body: PageBody) {}

  intercept(context: ExecutionContext, next: CallHandler<Page<unknown>>): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    return next.handle().pipe(
      map((page) => {
        if (page.nextCursor !== null) {
          void reply.header('Link', nextPageLink(request.url, page.nextCursor, page.items.length));
        }
        return this.body === 'items' ? page.items : page;
      }),
    );
  }
}

/**
 * The same request with the next cursor: other parameters (filters) are kept, `limit` is the size
 * of this page (a page with a successor is always full). Relative to the request (RFC 8288 §3.2),
 * so it is right behind any proxy that keeps the path; the URL parser percent-encodes what a
 * header must not carry.
 */
export function nextPageLink(requestUrl: string, cursor: string, limit: number): string {
  const url = new URL(requestUrl, 'http://tenfold.invalid');
  url.searchParams.set('cursor', cursor);
  url.searchParams.set('limit', String(limit));
  return `<${url.pathname}${url.search}>; rel="next"`;
}
