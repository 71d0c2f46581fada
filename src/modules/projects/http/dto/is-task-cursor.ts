import { ValidateBy } from 'class-validator';

import { decodeTaskCursor } from '../../domain/task-cursor';

/** A `nextCursor` this list handed out; anything else is a 400 naming the field. */
export const IsTaskCursor = () =>
  ValidateBy({
    name: 'isTaskCursor',
    validator: {
      validate: (value: unknown) =>
        typeof value === 'string' && decodeTaskCursor(value) !== undefined,
      defaultMessage: () => 'cursor must be a nextCursor value returned by this list',
    },
  });
