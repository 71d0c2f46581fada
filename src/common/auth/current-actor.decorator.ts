import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

import { type Actor, actorOf } from './actor';
import { authenticationRequired } from './auth.errors';

/** The authenticated caller; only on routes behind `@Auth()`. */
export const CurrentActor = createParamDecorator((_: unknown, context: ExecutionContext): Actor => {
  const actor = actorOf(context.switchToHttp().getRequest<FastifyRequest>());
  if (!actor) throw authenticationRequired();
  return actor;
});
