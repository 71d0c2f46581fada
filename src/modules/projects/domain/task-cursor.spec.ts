import { encodeCursor } from '../../../common/pagination/keyset-cursor';
import { decodeTaskCursor, encodeTaskCursor } from './task-cursor';

/** A cursor as the list handed it out before the shared convention (base64url of `p<position>`). */
const legacy = (position: string) => Buffer.from(`p${position}`).toString('base64url');

describe('task cursor', () => {
  it('round-trips a position', () => {
    for (const position of ['1', '42', '900719925474099312']) {
      expect(decodeTaskCursor(encodeTaskCursor(position))).toBe(position);
    }
  });

  it('is made like every list cursor', () => {
    expect(encodeTaskCursor('42')).toBe(encodeCursor('tasks', ['42']));
  });

  it('still takes cursors handed out before the shared convention', () => {
    expect(decodeTaskCursor(legacy('42'))).toBe('42');
    expect(decodeTaskCursor(legacy('900719925474099312'))).toBe('900719925474099312');
  });

  it('is opaque: no plain number shows through', () => {
    expect(encodeTaskCursor('42')).not.toContain('42');
  });

  it.each([
    ['empty', ''],
    ['plain number', '42'],
    ['garbage', 'not a cursor!'],
    ['non-canonical base64', `${encodeTaskCursor('42')}!!`],
    ['non-canonical legacy base64', `${legacy('42')}!!`],
    ['negative position', Buffer.from('p-1').toString('base64url')],
    ['oversize position', Buffer.from(`p${'9'.repeat(19)}`).toString('base64url')],
    ['other prefix', Buffer.from('x42').toString('base64url')],
    ["another list's cursor", encodeCursor('projects', ['42'])],
    ['a position that is not a number', encodeCursor('tasks', ['4e2'])],
    ['a null position', encodeCursor('tasks', [null])],
    ['two keys', encodeCursor('tasks', ['1', '2'])],
  ])('rejects %s', (_case, cursor) => {
    expect(decodeTaskCursor(cursor)).toBeUndefined();
  });
});
