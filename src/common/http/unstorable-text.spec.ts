import { unstorableTextIn } from './unstorable-text';

describe('unstorableTextIn', () => {
  it('names every string with a NUL or an unpaired surrogate, at any depth', () => {
    const body = {
      name: 'a\u0000b',
      fine: 'emoji 😀 and ü',
      nested: { title: 'x\uD800y', tags: ['ok', '\uDC00'] },
    };
    expect(unstorableTextIn(body, '')).toEqual([
      { field: 'name', message: expect.stringMatching(/NUL/) },
      { field: 'nested.title', message: expect.stringMatching(/surrogate/) },
      { field: 'nested.tags[1]', message: expect.stringMatching(/surrogate/) },
    ]);
  });

  it('names a bare parameter by its name, and a bad field name without echoing it', () => {
    expect(unstorableTextIn('id\u0000', 'projectId')).toEqual([
      { field: 'projectId', message: expect.stringMatching(/NUL/) },
    ]);
    const [problem] = unstorableTextIn({ 'a\u0000': 1 }, '');
    expect(problem.field).toBe('a\\u0000');
    expect(problem.field).not.toContain('\u0000');
  });

  it('passes well-formed text, numbers and pairs of surrogates', () => {
    expect(unstorableTextIn({ a: '\uD83D\uDE00', b: 1, c: null, d: [true] }, '')).toEqual([]);
  });
});
