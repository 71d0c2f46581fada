import type { ValidationError } from 'class-validator';

import type { FieldProblem } from './problem-details';
import { ProblemException } from './problem.exception';

/** 400 listing every invalid field, built from class-validator's nested errors. */
export class ValidationFailedException extends ProblemException {
  constructor(readonly fieldProblems: FieldProblem[]) {
    super({
      status: 400,
      title: 'Bad Request',
      code: 'validation-failed',
      detail: `The request has ${fieldProblems.length} invalid field(s): ${fieldProblems
        .map((problem) => problem.field)
        .join(', ')}`,
      extensions: { errors: fieldProblems },
    });
  }

  static fromValidationErrors(errors: ValidationError[]): ValidationFailedException {
    return new ValidationFailedException(flatten(errors, ''));
  }
}

function flatten(errors: ValidationError[], parentPath: string): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}
