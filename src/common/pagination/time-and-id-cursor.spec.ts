import { InvalidCursor } from './invalid-cursor.error';
import { encodeCursor } from './keyset-cursor';
import { timeAndIdAfter, timeAndIdBeyond } from './time-and-id-cursor';

const ID = '3f1c2a9e-6b7d-4c1e-9a8f-2d5e7b4c6a10';

describe('time-and-id cursor', () => {
  it('gives back the position of a cursor of its list, nothing without one', () => {
    expect(timeAndIdAfter('projects', encodeCursor('projects', ['1796300000123456', ID]))).toEqual({
      at: '1796300000123456',
      id: ID,
    });
    expect(timeAndIdAfter('projects', undefined)).toBeUndefined();
  });

  it.each([
    ["another list's", encodeCursor('members', ['1', ID])],
    ['a fractional time', encodeCursor('projects', ['1.5', ID])],
    ['a negative time', encodeCursor('projects', ['-1', ID])],
    ['an ISO time', encodeCursor('projects', ['2026-12-03T10:00:00Z', ID])],
    ['an id that is no uuid', encodeCursor('projects', ['1', "1' OR 1=1"])],
    ['an upper-case uuid', encodeCursor('projects', ['1', ID.toUpperCase()])],
    ['null keys', encodeCursor('projects', [null, null])],
    ['junk', 'abc'],
  ])('refuses %s cursor', (_case, cursor) => {
    expect(() => timeAndIdAfter('projects', cursor)).toThrow(InvalidCursor);
  });

  it('compares both keys in the direction of the list', () => {
    expect(timeAndIdBeyond('p.created_at', 'p.id', ':at', ':id')).toContain(') > (');
    expect(timeAndIdBeyond('p.created_at', 'p.id', ':at', ':id', 'desc')).toContain(') < (');
  });
});
