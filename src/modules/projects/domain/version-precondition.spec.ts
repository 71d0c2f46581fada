import { PreconditionFailed } from './projects.errors';
import { assertVersionMatches } from './version-precondition';

describe('version precondition (If-Match)', () => {
  it('passes without a precondition, for *, and for a listed version', () => {
    expect(() => assertVersionMatches(3, undefined)).not.toThrow();
    expect(() => assertVersionMatches(3, { kind: 'any' })).not.toThrow();
    expect(() => assertVersionMatches(3, { kind: 'one-of', versions: [2, 3] })).not.toThrow();
  });

  it('fails for any other version, and when no tag could be read', () => {
    expect(() => assertVersionMatches(3, { kind: 'one-of', versions: [2] })).toThrow(
      PreconditionFailed,
    );
    expect(() => assertVersionMatches(3, { kind: 'one-of', versions: [] })).toThrow(
      PreconditionFailed,
    );
  });
});
