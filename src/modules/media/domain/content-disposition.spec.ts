import { attachmentDisposition } from './content-disposition';

describe('attachmentDisposition', () => {
  it('quotes an ASCII name as it is', () => {
    expect(attachmentDisposition('report 2026.pdf')).toBe('attachment; filename="report 2026.pdf"');
  });

  it('adds filename* (RFC 5987) for a non-ASCII name, with an ASCII stand-in', () => {
    expect(attachmentDisposition('Résumé (final).pdf')).toBe(
      `attachment; filename="Resume (final).pdf"; filename*=UTF-8''R%C3%A9sum%C3%A9%20%28final%29.pdf`,
    );
    expect(attachmentDisposition('日本.txt')).toBe(
      `attachment; filename="__.txt"; filename*=UTF-8''%E6%97%A5%E6%9C%AC.txt`,
    );
  });

  it('round-trips: the filename* value decodes to the name', () => {
    const name = "l'été 😀 ~ 100%.txt";
    const encoded = /filename\*=UTF-8''(.+)$/.exec(attachmentDisposition(name))![1];
    expect(encoded).toMatch(/^[A-Za-z0-9!#$&+\-.^_`|~%]+$/); // RFC 5987 attr-char and %XX only
    expect(decodeURIComponent(encoded)).toBe(name);
  });
});
