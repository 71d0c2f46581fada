import { type Mention, mentionedMembers, mentionsIn } from './mentions';

const ID = '5b2e8f14-7c3a-4d9e-8f61-0a4b2c6d8e10';
const OTHER_ID = '8d0b5c1e-2f4a-4e6b-9c3d-7a1e5f9b2c44';
const email = (address: string): Mention => ({ kind: 'email', email: address });
const user = (userId: string): Mention => ({ kind: 'user', userId });

describe('mentionsIn: who a comment mentions', () => {
  it('finds @email and @userId, lower-cased, in order of first appearance, without duplicates', () => {
    expect(
      mentionsIn(`@Ann@Example.COM please ask @${ID.toUpperCase()} and @ann@example.com again`),
    ).toEqual([email('ann@example.com'), user(ID)]);
  });

  it('ends a mention at punctuation', () => {
    expect(mentionsIn('Thanks @ann@example.com.')).toEqual([email('ann@example.com')]);
    expect(mentionsIn('(@ann@example.com), @bob@example.org; @cy@example.net!')).toEqual([
      email('ann@example.com'),
      email('bob@example.org'),
      email('cy@example.net'),
    ]);
    expect(mentionsIn(`@${ID}: look`)).toEqual([user(ID)]);
    expect(mentionsIn(`**@${ID}**`)).toEqual([user(ID)]);
  });

  it('keeps an address with dots, plus and sub-domains whole', () => {
    expect(mentionsIn('@ann.lee+work@mail.example.co.uk')).toEqual([
      email('ann.lee+work@mail.example.co.uk'),
    ]);
  });

  it('ignores addresses without a leading @, escaped or inside words and paths', () => {
    expect(mentionsIn('mail ann@example.com')).toEqual([]);
    expect(mentionsIn('\\@ann@example.com')).toEqual([]);
    expect(mentionsIn('x@ann@example.com')).toEqual([]);
    expect(mentionsIn('https://example.com/@ann@example.com')).toEqual([]);
  });

  it('ignores a token that goes on with letters, digits, _ or @ after the mention', () => {
    expect(mentionsIn(`@${ID}0`)).toEqual([]);
    expect(mentionsIn(`@${ID}x`)).toEqual([]);
    expect(mentionsIn('@ann@example.com_x')).toEqual([]);
    expect(mentionsIn('@ann@example')).toEqual([]); // no dot in the domain: not an address
    expect(mentionsIn('@5b2e8f14')).toEqual([]); // not a whole id
  });

  it('does not count mentions in inline code or fenced code blocks', () => {
    expect(mentionsIn('run `@ann@example.com` or ``a ` @bob@example.com``')).toEqual([]);
    expect(mentionsIn('```sh\nmail @ann@example.com\n```\n@bob@example.com')).toEqual([
      email('bob@example.com'),
    ]);
    expect(mentionsIn('~~~\n@ann@example.com\n~~~~\n')).toEqual([]);
    // An unclosed fence runs to the end of the text.
    expect(mentionsIn('```\n@ann@example.com')).toEqual([]);
    // A fence is closed only by the same character, at least as many times.
    expect(mentionsIn('````\n```\n@ann@example.com\n````\n@bob@example.com')).toEqual([
      email('bob@example.com'),
    ]);
  });

  it('counts mentions outside a code span on the same line, and around a lone backtick', () => {
    expect(mentionsIn('`code` then @ann@example.com')).toEqual([email('ann@example.com')]);
    expect(mentionsIn('a ` b @ann@example.com')).toEqual([email('ann@example.com')]);
  });
});

describe('mentionedMembers: only members are mentioned', () => {
  const members = [
    { userId: ID, email: 'ann@example.com' },
    { userId: OTHER_ID, email: null },
  ];

  it('resolves addresses and ids to members, once each, in order of mention', () => {
    expect(mentionedMembers([user(OTHER_ID), email('ann@example.com'), user(ID)], members)).toEqual(
      [OTHER_ID, ID],
    );
  });

  it('leaves addresses and ids of non-members out', () => {
    expect(
      mentionedMembers(
        [email('stranger@example.com'), user('00000000-0000-4000-8000-000000000000')],
        members,
      ),
    ).toEqual([]);
  });
});
