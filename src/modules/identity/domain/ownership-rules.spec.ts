import { LastOwnerMustStay, OnlyOwnersManageOwners } from './identity.errors';
import { assertMayChangeMember } from './ownership-rules';

describe('assertMayChangeMember', () => {
  it('lets an admin change members and viewers', () => {
    expect(() =>
      assertMayChangeMember({
        actorRole: 'admin',
        targetRole: 'member',
        newRole: 'viewer',
        ownerCount: 1,
      }),
    ).not.toThrow();
  });

  it('keeps the owner role in owners’ hands', () => {
    expect(() =>
      assertMayChangeMember({
        actorRole: 'admin',
        targetRole: 'member',
        newRole: 'owner',
        ownerCount: 1,
      }),
    ).toThrow(OnlyOwnersManageOwners);
    expect(() =>
      assertMayChangeMember({
        actorRole: 'admin',
        targetRole: 'owner',
        newRole: null,
        ownerCount: 2,
      }),
    ).toThrow(OnlyOwnersManageOwners);
  });

  it('never leaves a workspace without an owner', () => {
    expect(() =>
      assertMayChangeMember({
        actorRole: 'owner',
        targetRole: 'owner',
        newRole: 'admin',
        ownerCount: 1,
      }),
    ).toThrow(LastOwnerMustStay);
    expect(() =>
      assertMayChangeMember({
        actorRole: 'owner',
        targetRole: 'owner',
        newRole: null,
        ownerCount: 1,
      }),
    ).toThrow(LastOwnerMustStay);
    expect(() =>
      assertMayChangeMember({
        actorRole: 'owner',
        targetRole: 'owner',
        newRole: null,
        ownerCount: 2,
      }),
    ).not.toThrow();
  });
});
