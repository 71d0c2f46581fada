import { nextPageLink } from './next-page-link.interceptor';

describe('next page link', () => {
  it('is the same request with cursor and limit, filters kept', () => {
    expect(nextPageLink('/v1/w/projects?includeArchived=true&cursor=old&limit=5', 'new', 5)).toBe(
      '</v1/w/projects?includeArchived=true&cursor=new&limit=5>; rel="next"',
    );
  });

  it('adds limit when the request left it to the default', () => {
    expect(nextPageLink('/v1/workspaces', 'abc', 100)).toBe(
      '</v1/workspaces?cursor=abc&limit=100>; rel="next"',
    );
  });

  it('cannot be made to close the link or carry another header', () => {
    const link = nextPageLink('/v1/a>;rel="x"?q=<b>%0d%0aSet-Cookie:%20x', 'c', 1);
    expect(link.match(/[<>]/g)).toEqual(['<', '>']);
    expect(link.endsWith('>; rel="next"')).toBe(true);
    expect(link.slice(0, -'; rel="next"'.length)).not.toMatch(/[\r\n" ]/);
  });
});
