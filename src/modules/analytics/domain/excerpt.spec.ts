import { EXCERPT_LENGTH, excerptOf } from './excerpt';

describe('excerptOf', () => {
  it('keeps short text, with its whitespace runs collapsed', () => {
    expect(excerptOf('  Ship\n\n the   release  ')).toBe('Ship the release');
  });

  it('cuts long text to EXCERPT_LENGTH code points, ending in an ellipsis', () => {
    const cut = excerptOf('word '.repeat(200));
    expect(cut).toBe(`${'word '.repeat(23)}word…`);
    expect(Array.from(cut)).toHaveLength(EXCERPT_LENGTH);
  });

  it('never splits a surrogate pair', () => {
    const cut = excerptOf('🚀'.repeat(EXCERPT_LENGTH + 5));
    expect(Array.from(cut)).toEqual([...Array<string>(EXCERPT_LENGTH - 1).fill('🚀'), '…']);
  });
});
