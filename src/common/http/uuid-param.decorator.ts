import { Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';

import { ValidationFailedException } from './validation-failed.exception';

/**
 * `@Param(name)` that must be a UUID: the one way every route takes an id from its path (a
 * copy per module and inline `ParseUUIDPipe`s answered bad ids in two different shapes). A bad one
 * is a 400 naming the parameter, in the same shape as a body validation error (ParseUUIDPipe's own
 * message does not say which parameter). The OpenAPI document says `format: uuid` for it.
 */
export const UuidParam =
  (name: string): ParameterDecorator =>
  (target, methodName, index) => {
    Param(
      name,
      new ParseUUIDPipe({
        exceptionFactory: () =>
          new ValidationFailedException([{ field: name, message: `${name} must be a UUID` }]),
      }),
    )(target, methodName, index);
    // A parameter decorator runs after the method is defined: its descriptor carries the
    // method-level metadata ApiParam writes.
    const descriptor = methodName && Object.getOwnPropertyDescriptor(target, methodName);
    if (descriptor) {
      ApiParam({ name, type: String, format: 'uuid' })(target, methodName, descriptor);
    }
  };
