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
