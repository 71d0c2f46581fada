import { ValidateBy } from 'class-validator';

import { instantOf, isCalendarDate, isTimeZone } from '../../domain/calendar';

/** An ISO-8601 date-time with its offset naming a real moment: a 400 naming the field otherwise. */
export const IsInstantWithOffset = () =>
  ValidateBy({
    name: 'isInstantWithOffset',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && instantOf(value) !== undefined,
      defaultMessage: (args) =>
        `${args?.property ?? 'value'} must be an ISO-8601 date-time with an offset (Z or ±hh:mm) on a real date`,
    },
  });

/** `YYYY-MM-DD` naming a day that exists (2026-02-30 does not). */
export const IsCalendarDate = () =>
  ValidateBy({
    name: 'isCalendarDate',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isCalendarDate(value),
      defaultMessage: (args) => `${args?.property ?? 'value'} must be a real date as YYYY-MM-DD`,
    },
  });

/** An IANA time zone the runtime knows. */
export const IsIanaTimeZone = () =>
  ValidateBy({
    name: 'isIanaTimeZone',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && isTimeZone(value),
      defaultMessage: (args) =>
        `${args?.property ?? 'value'} must be an IANA time zone such as Europe/Berlin`,
    },
  });
