import { ProblemException } from '../http/problem.exception';

export function authenticationRequired(): ProblemException {
  return new ProblemException({
    status: 401,
    title: 'Unauthorized',
    code: 'authentication-required',
    detail: 'Send a valid session token: Authorization: Bearer <token>.',
    headers: { 'WWW-Authenticate': 'Bearer realm="tenfold"' },
  });
}

/** Non-members learn nothing, not even that the workspace exists. */
export function workspaceNotFound(): ProblemException {
  return new ProblemException({
    status: 404,
    title: 'Not Found',
    code: 'workspace-not-found',
    detail: 'No such workspace.',
  });
}

export function roleTooLow(required: string): ProblemException {
  return new ProblemException({
    status: 403,
    title: 'Forbidden',
    code: 'role-too-low',
    detail: `This needs the ${required} role or higher in the workspace.`,
  });
}
