import { DomainError } from '../../../common/errors/domain-error';

/** One answer for "no such email" and "wrong password": nothing to enumerate accounts with. */
export class InvalidCredentials extends DomainError {
  readonly kind = 'unauthenticated';
  readonly code = 'invalid-credentials';
  constructor() {
    super('Email or password is wrong.');
  }
}

export class CurrentPasswordWrong extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'current-password-wrong';
  constructor() {
    super('The current password is wrong.');
  }
}

export class LastOwnerMustStay extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'last-owner-must-stay';
  constructor() {
    super('A workspace needs at least one owner: make someone else owner first.');
  }
}

export class OnlyOwnersManageOwners extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'only-owners-manage-owners';
  constructor() {
    super('Only an owner can grant, change or remove the owner role.');
  }
}

export class MemberNotFound extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'member-not-found';
  constructor() {
    super('No such member in this workspace.');
  }
}

export class AlreadyMember extends DomainError {
  readonly kind = 'conflict';
  readonly code = 'already-member';
  constructor() {
    super('This person is already a member of the workspace.');
  }
}

/** Unknown, expired and used invitations look the same: a token reveals nothing else. */
export class InvitationNotFound extends DomainError {
  readonly kind = 'not-found';
  readonly code = 'invitation-not-found';
  constructor() {
    super('This invitation does not exist, has expired or was already used.');
  }
}

export class InvitationForAnotherEmail extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'invitation-for-another-email';
  constructor() {
    super('This invitation was sent to another email address: sign in with that account.');
  }
}

/** Until the address is proven, an invitation to it could be taken by whoever typed it first. */
export class EmailNotVerified extends DomainError {
  readonly kind = 'forbidden';
  readonly code = 'email-not-verified';
  constructor() {
    super(
      'Verify your email address first: follow the verification mail (POST /v1/auth/verify-email), or ask for a new one (POST /v1/auth/verify-email/resend).',
    );
  }
}

/** Unknown, expired and used tokens look the same: a token reveals nothing else. */
export class VerificationTokenInvalid extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'verification-token-invalid';
  constructor() {
    super(
      'This verification token does not exist, has expired or was already used: ask for a new mail.',
    );
  }
}

export class PasswordResetTokenInvalid extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'password-reset-token-invalid';
  constructor() {
    super(
      'This password reset token does not exist, has expired or was already used: ask for a new mail.',
    );
  }
}
