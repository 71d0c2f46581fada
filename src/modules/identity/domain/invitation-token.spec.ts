import {
  INVITATION_TOKEN_PATTERN,
  invitationTokenHash,
  newInvitationToken,
} from './invitation-token';

describe('invitation tokens', () => {
  it('are 256 random bits in base64url, stored only as their SHA-256', () => {
    const first = newInvitationToken();
    const second = newInvitationToken();
    expect(first.token).toMatch(INVITATION_TOKEN_PATTERN);
    expect(Buffer.from(first.token, 'base64url')).toHaveLength(32);
    expect(first.token).not.toBe(second.token);
    expect(first.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(first.tokenHash).toBe(invitationTokenHash(first.token));
    expect(first.tokenHash).not.toContain(first.token);
  });
});
