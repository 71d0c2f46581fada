import { Param, ParseUUIDPipe } from '@nestjs/common';

import { ValidationFailedException } from './validation-failed.exception';

/**
 * `@Param(name)` that must be a UUID: the one way every route takes an id from its path (a
 * copy per module and inline `ParseUUIDPipe`s answered bad ids in two different shapes). A bad one is a 400 naming the parameter, in the same shape
 * as a body validation error (ParseUUIDPipe's own message does not say which parameter).
 */
export const UuidParam = (name: string): ParameterDecorator =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new ValidationFailedException([{ field: name, message: `${name} must be a UUID` }]),
    }),
  );
