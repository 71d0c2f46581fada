import {
  ACCOUNT_TOKEN_LIFETIME_MS,
  ACCOUNT_TOKEN_PATTERN,
  accountTokenHash,
  newAccountToken,
} from './account-token';

describe('account tokens (email verification, password reset)', () => {
  it('are 256 random bits in base64url, stored only as their SHA-256', () => {
    const first = newAccountToken();
    const second = newAccountToken();
    expect(first.token).toMatch(ACCOUNT_TOKEN_PATTERN);
    expect(Buffer.from(first.token, 'base64url')).toHaveLength(32);
    expect(first.token).not.toBe(second.token);
    expect(first.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.tokenHash).toBe(accountTokenHash(first.token));
    expect(first.tokenHash).not.toContain(first.token);
  });

  it('live 24 hours to verify an address and 1 hour to reset a password', () => {
    expect(ACCOUNT_TOKEN_LIFETIME_MS['verify-email']).toBe(86_400_000);
    expect(ACCOUNT_TOKEN_LIFETIME_MS['reset-password']).toBe(3_600_000);
  });
});
