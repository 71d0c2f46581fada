import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * At most `max` Unicode code points, counted as Postgres' char_length counts them. MaxLength
 * cannot stand in: validator.js leaves variation selectors (U+FE0E, U+FE0F) out of its count, so
 * a body of them would pass it and then break the column's CHECK with a 500. (NUL and lone
 * surrogates never get this far: TextSafeValidationPipe refuses them first.)
 */
export function MaxCodePoints(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxCodePoints',
      constraints: [max],
      validator: {
        validate: (value: unknown) => typeof value === 'string' && [...value].length <= max,
        defaultMessage: (args) =>
          `${args?.property ?? 'value'} must be at most ${max} characters (Unicode code points)`,
      },
    },
    options,
  );
}
