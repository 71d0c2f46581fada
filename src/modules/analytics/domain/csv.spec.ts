import { csvLine } from './csv';

describe('csvLine', () => {
  it('leaves plain values alone and ends with CRLF', () => {
    expect(csvLine(['a', 1.5, null, 'b'])).toBe('a,1.5,,b\r\n');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvLine(['a,b', 'say "hi"', 'two\nlines'])).toBe('"a,b","say ""hi""","two\nlines"\r\n');
  });

  it('defuses text that a spreadsheet would run as a formula', () => {
    expect(csvLine(['=SUM(A1)', '@x', '+1', '-2'])).toBe("'=SUM(A1),'@x,'+1,'-2\r\n");
    expect(csvLine([-2])).toBe('-2\r\n');
  });
});
