import { DomainError } from '../../../common/errors/domain-error';

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export class PasswordTooWeak extends DomainError {
  readonly kind = 'invalid';
  readonly code = 'password-too-weak';
}

/** Length is what makes passwords strong; a few obvious shapes are refused on top. */
export function assertPasswordIsStrong(password: string, email: string): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new PasswordTooWeak(`The password must have at least ${PASSWORD_MIN_LENGTH} characters.`);
  }
  if (new Set(password).size < 4) {
    throw new PasswordTooWeak('The password must use at least 4 different characters.');
  }
  if (password.toLowerCase().includes(email.split('@')[0].toLowerCase())) {
    throw new PasswordTooWeak('The password must not contain the email address.');
  }
}
