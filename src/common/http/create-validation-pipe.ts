import { TextSafeValidationPipe } from './text-safe-validation.pipe';
import { ValidationFailedException } from './validation-failed.exception';

/**
 * Unknown fields are rejected, not silently dropped: a typo in a field name must not be lost.
 * NUL and unpaired surrogates are refused in every string (TextSafeValidationPipe).
 */
export function createValidationPipe(): TextSafeValidationPipe {
  return new TextSafeValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => ValidationFailedException.fromValidationErrors(errors),
  });
}
