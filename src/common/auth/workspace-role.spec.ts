import { roleAtLeast, roleIn } from './workspace-role';

describe('roleAtLeast', () => {
  it('orders owner > admin > member > viewer', () => {
    expect(roleAtLeast('owner', 'admin')).toBe(true);
    expect(roleAtLeast('admin', 'admin')).toBe(true);
    expect(roleAtLeast('member', 'admin')).toBe(false);
    expect(roleAtLeast('viewer', 'member')).toBe(false);
    expect(roleAtLeast('viewer', 'viewer')).toBe(true);
  });
});

describe('roleIn', () => {
  const memberships = { 'w-1': 'admin', 'w-2': 'root' } as unknown as Record<string, 'admin'>;

  it('reads own keys that hold a known role', () => {
    expect(roleIn(memberships, 'w-1')).toBe('admin');
    expect(roleIn(memberships, 'w-3')).toBeUndefined();
    expect(roleIn(memberships, 'w-2')).toBeUndefined();
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'])(
    'finds no role under %s',
    (id) => {
      expect(roleIn(memberships, id)).toBeUndefined();
      expect(roleIn({}, id)).toBeUndefined();
    },
  );
});
