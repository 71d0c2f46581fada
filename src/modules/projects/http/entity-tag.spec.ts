import { entityTagOf, preconditionOf } from './entity-tag';

describe('entity tags and If-Match', () => {
  it('quotes the version', () => {
    expect(entityTagOf(7)).toBe('"7"');
  });

  it('reads *, one tag and a list of tags', () => {
    expect(preconditionOf(undefined)).toBeUndefined();
    expect(preconditionOf(' * ')).toEqual({ kind: 'any' });
    expect(preconditionOf('"7"')).toEqual({ kind: 'one-of', versions: [7] });
    expect(preconditionOf('"6", "7"')).toEqual({ kind: 'one-of', versions: [6, 7] });
  });

  it('lets weak and unreadable tags match nothing', () => {
    expect(preconditionOf('W/"7"')).toEqual({ kind: 'one-of', versions: [] });
    expect(preconditionOf('7')).toEqual({ kind: 'one-of', versions: [] });
    expect(preconditionOf('"99999999999"')).toEqual({ kind: 'one-of', versions: [] });
    expect(preconditionOf('')).toEqual({ kind: 'one-of', versions: [] });
  });
});
