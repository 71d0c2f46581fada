import { ValidationPipe } from '@nestjs/common';

import { ValidationFailedException } from './validation-failed.exception';

/** Unknown fields are rejected, not silently dropped: a typo in a field name must not be lost. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => ValidationFailedException.fromValidationErrors(errors),
  });
}
