import { assertPasswordIsStrong, PasswordTooWeak } from './password-policy';

describe('assertPasswordIsStrong', () => {
  it('accepts a long, varied password', () => {
    expect(() => assertPasswordIsStrong('violet-otter-42-lamp', 'ann@example.test')).not.toThrow();
  });

  it.each([
    ['short1!', /at least 12 characters/],
    ['aaaaaaaaaaaaaaaa', /4 different characters/],
    ['xx-annabelle-xx-9', /must not contain the email/],
  ])('refuses %j', (password, message) => {
    expect(() => assertPasswordIsStrong(password, 'annabelle@example.test')).toThrow(
      PasswordTooWeak,
    );
    expect(() => assertPasswordIsStrong(password, 'annabelle@example.test')).toThrow(message);
  });
});
