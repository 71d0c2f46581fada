import { FALLBACK_FILE_NAME, MAX_FILE_NAME_BYTES, sanitiseFileName } from './file-name';

describe('sanitiseFileName', () => {
  it.each([
    ['whiteboard.png', 'whiteboard.png'],
    ['Résumé 2026.pdf', 'Résumé 2026.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\system.ini', 'system.ini'],
    ['C:\\Users\\me\\notes.txt', 'notes.txt'],
    ['a\u202Egnp.exe', 'agnp.exe'],
    ['invoice\u2066\u2069.pdf', 'invoice.pdf'],
    ['zero\u200Bwidth\uFEFF.txt', 'zerowidth.txt'],
    ['nul\u0000byte.txt', 'nulbyte.txt'],
    ['tab\tand\nnewline.txt', 'tabandnewline.txt'],
    ['c1\u0085\u009b.txt', 'c1.txt'],
    ['.htaccess', 'htaccess'],
    ['...hidden', 'hidden'],
    ['trailing dots... ', 'trailing dots'],
    ['  spaced   out  .txt', 'spaced out .txt'],
    ['what?<is>"this"|*:.txt', 'what__is__this____.txt'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['Lpt1.tar.gz', '_Lpt1.tar.gz'],
    ['com9', '_com9'],
    ['console.log', 'console.log'],
    ['e\u0301', '\u00e9'], // NFC: one character, as most file systems store it
  ])('%j → %j', (sent, stored) => {
    expect(sanitiseFileName(sent)).toBe(stored);
  });

  it.each(['', '..', '/', 'dir/', '\u202E', ' . '])(
    '%j leaves nothing usable: the fallback name',
    (sent) => {
      expect(sanitiseFileName(sent)).toBe(FALLBACK_FILE_NAME);
    },
  );

  it('cuts a 300-byte name to 255 bytes, keeping the extension', () => {
    const name = sanitiseFileName(`${'a'.repeat(296)}.pdf`);
    expect(Buffer.byteLength(name)).toBe(MAX_FILE_NAME_BYTES);
    expect(name).toBe(`${'a'.repeat(251)}.pdf`);
  });

  it('never cuts inside a character, however many bytes each takes', () => {
    for (const character of ['é', '€', '😀']) {
      const name = sanitiseFileName(`${character.repeat(200)}.txt`);
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
      expect(name.endsWith('.txt')).toBe(true);
      expect([...name.slice(0, -4)].every((c) => c === character)).toBe(true);
      expect(name).not.toContain('\ufffd');
    }
  });

  it('cuts an over-long extension with the rest rather than keep it', () => {
    const name = sanitiseFileName(`x.${'e'.repeat(300)}`);
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(MAX_FILE_NAME_BYTES);
    expect(name.startsWith('x.')).toBe(true);
  });

  it('is idempotent: a stored name comes back unchanged', () => {
    for (const sent of ['../../etc/passwd', 'a\u202Egnp.exe', 'CON', `${'é'.repeat(200)}.txt`]) {
      const once = sanitiseFileName(sent);
      expect(sanitiseFileName(once)).toBe(once);
    }
  });
});
