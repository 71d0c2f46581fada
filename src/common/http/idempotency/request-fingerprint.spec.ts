import { canonicalJson, requestFingerprint } from './request-fingerprint';

describe('requestFingerprint', () => {
  const request = { method: 'POST', path: '/v1/things' };

  it('ignores the order of object keys, at every depth', () => {
    const first = requestFingerprint({
      ...request,
      body: { name: 'a', tags: ['x', 'y'], owner: { id: 1, role: 'admin' } },
    });
    const reordered = requestFingerprint({
      ...request,
      body: { owner: { role: 'admin', id: 1 }, tags: ['x', 'y'], name: 'a' },
    });
    expect(reordered).toBe(first);
  });

  it('differs when the body differs, including the order of array items', () => {
    const base = requestFingerprint({ ...request, body: { name: 'a', tags: ['x', 'y'] } });
    expect(requestFingerprint({ ...request, body: { name: 'b', tags: ['x', 'y'] } })).not.toBe(
      base,
    );
    expect(requestFingerprint({ ...request, body: { name: 'a', tags: ['y', 'x'] } })).not.toBe(
      base,
    );
    expect(requestFingerprint({ ...request, body: { name: 'a' } })).not.toBe(base);
  });

  it('differs when the method or the path differs', () => {
    const base = requestFingerprint({ ...request, body: { name: 'a' } });
    expect(requestFingerprint({ ...request, method: 'PUT', body: { name: 'a' } })).not.toBe(base);
    expect(requestFingerprint({ ...request, path: '/v1/others', body: { name: 'a' } })).not.toBe(
      base,
    );
  });

  it('is a SHA-256 hex digest and treats a missing body as null', () => {
    const fingerprint = requestFingerprint({ ...request, body: undefined });
    expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(fingerprint).toBe(requestFingerprint({ ...request, body: null }));
  });

  it('writes canonical JSON with sorted keys and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 3 }, 0] })).toBe('{"a":[{"c":3,"d":2},0],"b":1}');
  });
});
