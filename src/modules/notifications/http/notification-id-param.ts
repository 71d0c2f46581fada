import { Param, type PipeTransform } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';

import { ValidationFailedException } from '../../../common/http/validation-failed.exception';

/** A notification id as lists hand them out: a positive 64-bit integer in decimal. */
const NOTIFICATION_ID = /^[1-9]\d{0,18}$/;

class NotificationIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    // 19 digits can still exceed bigint: such an id names nobody's notification anyway, but
    // Postgres would refuse it, so it is refused here with the same 400.
    if (NOTIFICATION_ID.test(value) && BigInt(value) <= 9_223_372_036_854_775_807n) return value;
    throw new ValidationFailedException([
      { field: 'id', message: 'id must be a notification id (a positive integer)' },
    ]);
  }
}

/** `@Param('id')` of a notification: digits only, else a 400 naming `id`. */
export const NotificationIdParam = (): ParameterDecorator => (target, methodName, index) => {
  Param('id', new NotificationIdPipe())(target, methodName, index);
  const descriptor = methodName && Object.getOwnPropertyDescriptor(target, methodName);
  if (descriptor) {
    ApiParam({ name: 'id', schema: { type: 'string', pattern: NOTIFICATION_ID.source } })(
      target,
      methodName,
      descriptor,
    );
  }
};
