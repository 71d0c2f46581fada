import type { HeaderObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/** The Link of every paged list (docs/API.md, "Lists"): present only while another page follows. */
export function nextPageLinkHeader(): HeaderObject {
  return {
    description:
      'RFC 8288 link to the next page, only while there is one: this request with `cursor` and ' +
      '`limit` set, relative to it',
    schema: {
      type: 'string',
      example:
        '</v1/workspaces/3f2b8c1e-9d4a-4b6e-8c2d-1a5e7f9b3c40/members?cursor=WyJtZW1iZXJzIiwiMSJd&limit=100>; rel="next"',
    },
  };
}
