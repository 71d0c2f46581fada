import { imageTypeOf } from './image-type';

describe('imageTypeOf', () => {
  const bytes = (...values: number[]) => Buffer.from([...values, ...new Array(12).fill(0)]);

  it.each([
    ['image/png', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)],
    ['image/jpeg', bytes(0xff, 0xd8, 0xff, 0xe0)],
    ['image/gif', Buffer.from('GIF89a......')],
    ['image/gif', Buffer.from('GIF87a......')],
    ['image/webp', Buffer.from('RIFF\x10\x00\x00\x00WEBPVP8 ', 'latin1')],
  ])('recognises %s', (type, head) => {
    expect(imageTypeOf(head)).toBe(type);
  });

  it.each([
    ['text', Buffer.from('hello, I am a PNG, honestly')],
    ['a RIFF that is not WebP', Buffer.from('RIFF\x10\x00\x00\x00WAVEfmt ', 'latin1')],
    ['too short', Buffer.from([0x89, 0x50])],
    ['empty', Buffer.alloc(0)],
  ])('refuses %s', (_, head) => {
    expect(imageTypeOf(head)).toBeNull();
  });
});
