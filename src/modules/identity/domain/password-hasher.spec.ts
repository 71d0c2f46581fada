import { hashPassword, passwordMatches } from './password-hasher';

describe('password hashing', () => {
  it('verifies the right password and rejects a wrong one', async () => {
    const stored = await hashPassword('correct horse battery');
    expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    await expect(passwordMatches('correct horse battery', stored)).resolves.toBe(true);
    await expect(passwordMatches('correct horse batterY', stored)).resolves.toBe(false);
  });

  it('salts every hash', async () => {
    expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
  });

  it('rejects malformed stored hashes instead of throwing', async () => {
    await expect(passwordMatches('x', 'plaintext')).resolves.toBe(false);
  });
});
