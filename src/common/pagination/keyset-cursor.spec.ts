import { decodeCursor, encodeCursor } from './keyset-cursor';

describe('keyset cursor', () => {
  it('gives back the keys it was made from', () => {
    const cursor = encodeCursor('notifications', ['2026-12-03T10:00:00.000Z', null, '42']);
    expect(decodeCursor('notifications', cursor, 3)).toEqual([
      '2026-12-03T10:00:00.000Z',
      null,
      '42',
    ]);
  });

  it("refuses another list's cursor and another number of keys", () => {
    const cursor = encodeCursor('comments', ['1']);
    expect(decodeCursor('notifications', cursor, 1)).toBeUndefined();
    expect(decodeCursor('comments', cursor, 2)).toBeUndefined();
  });

  it('refuses non-canonical spellings, junk, non-string keys and overlong input', () => {
    const cursor = encodeCursor('comments', ['1']);
    expect(decodeCursor('comments', `${cursor}!`, 1)).toBeUndefined();
    expect(decodeCursor('comments', 'not base64 json', 1)).toBeUndefined();
    expect(
      decodeCursor('comments', Buffer.from('["comments",1]').toString('base64url'), 1),
    ).toBeUndefined();
    expect(
      decodeCursor('comments', Buffer.from('{"a":1}').toString('base64url'), 1),
    ).toBeUndefined();
    expect(decodeCursor('comments', 'A'.repeat(600), 1)).toBeUndefined();
    expect(decodeCursor('comments', '', 1)).toBeUndefined();
  });

  it('applies the list key check', () => {
    const cursor = encodeCursor('comments', ['abc']);
    expect(
      decodeCursor('comments', cursor, 1, (key) => key !== null && /^\d+$/.test(key)),
    ).toBeUndefined();
  });
});
