import { type ArgumentMetadata, ValidationPipe, type ValidationPipeOptions } from '@nestjs/common';

import { unstorableTextIn } from './unstorable-text';
import { ValidationFailedException } from './validation-failed.exception';

const CHECKED_SOURCES = new Set<ArgumentMetadata['type']>(['body', 'query', 'param']);

/**
 * Class-validator, preceded by one rule for every field of every DTO: text the database cannot
 * store or that is not Unicode answers 400 naming the field, before any handler runs.
 */
export class TextSafeValidationPipe extends ValidationPipe {
  constructor(options: ValidationPipeOptions) {
    super(options);
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // A DTO describes an object: an array or a bare value is refused before class-validator, which
    // passes an empty array against a DTO without required fields. No body at all stays allowed.
    const given = value !== undefined;
    if (
      metadata.type === 'body' &&
      given &&
      isDtoClass(metadata.metatype) &&
      !isPlainObject(value)
    ) {
      throw new ValidationFailedException([
        { field: '', message: 'the body must be a JSON object' },
      ]);
    }
    if (CHECKED_SOURCES.has(metadata.type)) {
      const problems = unstorableTextIn(
        value,
        metadata.type === 'body' ? '' : (metadata.data ?? ''),
      );
      if (problems.length > 0) throw new ValidationFailedException(problems);
    }
    return super.transform(value, metadata);
  }
}

const NOT_DTOS = new Set<unknown>([Object, Array, String, Number, Boolean]);

function isDtoClass(metatype: ArgumentMetadata['metatype']): boolean {
  return typeof metatype === 'function' && !NOT_DTOS.has(metatype);
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
