import { randomBytes } from 'node:crypto';

import type { AppConfig } from '../config/app-config';
import { SecretBox, UnreadableSecret } from './secret-box';

const key = () => randomBytes(32).toString('base64');
const boxWith = (...keys: { id: string; key: string }[]) =>
  new SecretBox({ secrets: { keys } } as AppConfig);

describe('SecretBox', () => {
  const first = { id: 'k1', key: key() };
  const url = 'https://hooks.slack.com/services/T000/B000/s3cr3t-value';

  it('seals so that the stored form shows nothing of the value, and opens it again', () => {
    const box = boxWith(first);
    const sealed = box.seal(url, 'slack-webhook-url:w1');
    expect(sealed).toMatch(/^tfs1:k1:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]+$/);
    expect(sealed).not.toContain('s3cr3t');
    expect(box.open(sealed, 'slack-webhook-url:w1')).toBe(url);
    expect(box.seal(url, 'slack-webhook-url:w1')).not.toBe(sealed); // a fresh IV each time
  });

  it('refuses a value sealed for another row, or altered', () => {
    const box = boxWith(first);
    const sealed = box.seal(url, 'slack-webhook-url:w1');
    expect(() => box.open(sealed, 'slack-webhook-url:w2')).toThrow(UnreadableSecret);
    // The second-to-last character carries six bits of the tag (the last may carry padding bits);
    // it is replaced by another one, whatever it was (1 in 64 runs it was already 'A').
    const altered = `${sealed.slice(0, -2)}${sealed.at(-2) === 'A' ? 'B' : 'A'}${sealed.slice(-1)}`;
    expect(() => box.open(altered, 'slack-webhook-url:w1')).toThrow(
      /altered, or sealed for another row/,
    );
  });

  it('opens what an older key sealed while that key is still listed, and names a missing key', () => {
    const sealedEarlier = boxWith(first).seal(url, 'c');
    const second = { id: 'k2', key: key() };
    const rotated = boxWith(second, first);
    expect(rotated.open(sealedEarlier, 'c')).toBe(url);
    expect(rotated.needsResealing(sealedEarlier)).toBe(true);
    expect(rotated.needsResealing(rotated.seal(url, 'c'))).toBe(false);

    const withoutFirst = boxWith(second);
    expect(() => withoutFirst.open(sealedEarlier, 'c')).toThrow('key "k1" is not in SECRETS_KEYS');
  });

  it('passes a value stored before sealing existed through unchanged, and marks it for sealing', () => {
    const box = boxWith(first);
    expect(box.open(url, 'c')).toBe(url);
    expect(box.needsResealing(url)).toBe(true);
  });
});
