import { HttpException } from '@nestjs/common';

export interface ProblemOptions {
  status: number;
  title: string;
  detail: string;
  /** A stable identifier of the problem kind, e.g. "validation-failed". */
  code?: string;
  extensions?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/** An HTTP error that renders as exactly the problem described, extensions and headers included. */
export class ProblemException extends HttpException {
  constructor(readonly problem: ProblemOptions) {
    super(problem.detail, problem.status);
  }
}
