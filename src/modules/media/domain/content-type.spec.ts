import { OPAQUE_TYPE, servedTypeOf, sniffedTypeOf, storedTypeOf } from './content-type';

const text = (value: string) => Buffer.from(value, 'utf8');
const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const pdf = text('%PDF-1.7\n%âãÏÓ\n1 0 obj');

describe('sniffedTypeOf', () => {
  it.each([
    ['image/png', png],
    ['application/pdf', pdf],
    ['application/zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0])],
    ['application/gzip', Buffer.from([0x1f, 0x8b, 0x08, 0])],
    ['video/mp4', Buffer.from('\x00\x00\x00\x18ftypmp42', 'latin1')],
    ['image/svg+xml', text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script>')],
    ['image/svg+xml', text('<?xml version="1.0"?>\n<!DOCTYPE svg>\n<svg onload="alert(1)">')],
    ['image/svg+xml', text('\ufeff  <!-- hi -->\n<svg>')],
    ['text/html', text('<!DOCTYPE html><html><body>hi</body></html>')],
    ['text/html', text('\n\n   <SCRIPT>alert(document.domain)</SCRIPT>')],
    ['text/html', text('<html>')],
    ['text/html', text('<!-- a comment first --><p>')],
    ['application/xml', text('<?xml version="1.0"?><x:y/>')],
  ])('%s', (type, head) => {
    expect(sniffedTypeOf(head)).toBe(type);
  });

  it.each([
    ['plain text', text('hello, I am a PNG, honestly')],
    ['CSV', text('id,name\n1,<b>')],
    ['a text that starts like a bitmap', text('BMW service invoice')],
    ['a tag that is no HTML', text('<hello>')],
    ['empty', Buffer.alloc(0)],
  ])('%s: no signature', (_, head) => {
    expect(sniffedTypeOf(head)).toBeNull();
  });
});

describe('storedTypeOf: the bytes decide', () => {
  it('corrects a declared type the bytes contradict', () => {
    expect(storedTypeOf('image/png', pdf)).toBe('application/pdf'); // a PDF renamed .png
    expect(storedTypeOf('text/plain', text('<html><script>x()</script>'))).toBe('text/html');
    expect(storedTypeOf('image/png', text('<svg onload="x()">'))).toBe('image/svg+xml');
    expect(storedTypeOf('application/pdf', png)).toBe('image/png');
  });

  it('keeps the declared type of bytes without a signature, normalised', () => {
    expect(storedTypeOf('text/csv', text('a,b\n1,2'))).toBe('text/csv');
    expect(storedTypeOf('Text/Plain; charset=utf-8', text('hi'))).toBe('text/plain');
    expect(storedTypeOf('application/vnd.ms-excel', text('x'))).toBe('application/vnd.ms-excel');
  });

  it('does not believe a declared format whose signature is missing', () => {
    expect(storedTypeOf('image/png', text('not a png'))).toBe(OPAQUE_TYPE);
    expect(storedTypeOf('application/pdf', text('not a pdf'))).toBe(OPAQUE_TYPE);
    expect(storedTypeOf('text/html', text('no markup here'))).toBe(OPAQUE_TYPE);
    expect(storedTypeOf('not a type', text('x'))).toBe(OPAQUE_TYPE);
  });
});

describe('servedTypeOf', () => {
  it.each([
    'text/html',
    'image/svg+xml',
    'application/xhtml+xml',
    'application/xml',
    'text/javascript',
    'application/javascript',
    'application/x-unknown',
    OPAQUE_TYPE,
  ])('%s is served as application/octet-stream', (type) => {
    expect(servedTypeOf(type)).toBe(OPAQUE_TYPE);
  });

  it.each(['image/png', 'application/pdf', 'text/plain', 'text/csv'])('%s as it is', (type) => {
    expect(servedTypeOf(type)).toBe(type);
  });
});
