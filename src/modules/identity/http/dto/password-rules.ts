import { PASSWORD_MIN_LENGTH } from '../../domain/password-policy';

/** The password policy (domain/password-policy.ts) in words, for the OpenAPI document. */
export const PASSWORD_RULES =
  `At least ${PASSWORD_MIN_LENGTH} characters, at least 4 different ones, and not containing ` +
  "the address's local part; a weaker one is refused with `password-too-weak`.";
