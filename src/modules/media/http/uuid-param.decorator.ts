import { Param, ParseUUIDPipe } from '@nestjs/common';

import { ValidationFailedException } from '../../../common/http/validation-failed.exception';

/** `@Param(name)` that must be a UUID; a bad one is a 400 naming the parameter. */
export const UuidParam = (name: string): ParameterDecorator =>
  Param(
    name,
    new ParseUUIDPipe({
      exceptionFactory: () =>
        new ValidationFailedException([{ field: name, message: `${name} must be a UUID` }]),
    }),
  );
