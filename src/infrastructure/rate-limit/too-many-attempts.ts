import { ProblemException } from '../../common/http/problem.exception';

/**
 * 429 for password guessing (login, password change): how long to wait, never which counter
 * refused, so an attacker cannot tell an IP limit from an account throttle.
 */
export function tooManyAttempts(code: string, what: string, retryAfterMs: number): never {
  const retryAfter = Math.max(1, Math.ceil(retryAfterMs / 1000));
  throw new ProblemException({
    status: 429,
    title: 'Too Many Requests',
    detail: `Too many failed ${what}; try again in ${retryAfter} s.`,
    code,
    headers: { 'Retry-After': String(retryAfter) },
  });
}
