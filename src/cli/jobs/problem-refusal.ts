import { ProblemException } from '../../common/http/problem.exception';
import { CliRefusal } from '../cli-errors';

/**
 * The job services answer HTTP problems (404 unknown job, 409 not dead, 400 bad cursor): for the
 * CLI they are refusals with the same detail. Anything else stays a failure.
 */
export async function refusingProblems<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof ProblemException && error.problem.status < 500) {
      throw new CliRefusal(error.problem.detail);
    }
    throw error;
  }
}
