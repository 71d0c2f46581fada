import { resolveRequestId } from './request-id';

describe('resolveRequestId', () => {
  it('keeps a plain caller id', () => {
    expect(resolveRequestId('abc-123:x.y_z')).toBe('abc-123:x.y_z');
  });

  it('replaces ids that could forge log lines or are too long', () => {
    expect(resolveRequestId('evil\nline')).toMatch(/^[0-9a-f-]{36}$/);
    expect(resolveRequestId('x'.repeat(129))).toMatch(/^[0-9a-f-]{36}$/);
    expect(resolveRequestId(undefined)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('takes the first of repeated headers', () => {
    expect(resolveRequestId(['first', 'second'])).toBe('first');
  });
});
