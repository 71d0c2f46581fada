import { decodeTaskCursor, encodeTaskCursor } from './task-cursor';

describe('task cursor', () => {
  it('round-trips a position', () => {
    for (const position of ['1', '42', '900719925474099312']) {
      expect(decodeTaskCursor(encodeTaskCursor(position))).toBe(position);
    }
  });

  it('is opaque: no plain number shows through', () => {
    expect(encodeTaskCursor('42')).not.toContain('42');
  });

  it.each([
    ['empty', ''],
    ['plain number', '42'],
    ['garbage', 'not a cursor!'],
    ['non-canonical base64', `${encodeTaskCursor('42')}!!`],
    ['negative position', Buffer.from('p-1').toString('base64url')],
    ['oversize position', Buffer.from(`p${'9'.repeat(19)}`).toString('base64url')],
    ['other prefix', Buffer.from('x42').toString('base64url')],
  ])('rejects %s', (_case, cursor) => {
    expect(decodeTaskCursor(cursor)).toBeUndefined();
  });
});
