import { ApiHeader } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';

import type { VersionPrecondition } from '../domain/version-precondition';

/**
 * ETags of tasks and projects are their row version in quotes (`"3"`): strong validators, since
 * the version moves with every write of the row (a trigger raises it) and the representation
 * holds nothing that changes without such a write (labels appear as ids, not names).
 */
export const entityTagOf = (version: number): string => `"${version}"`;

export function setEntityTag(reply: FastifyReply, version: number): void {
  void reply.header('ETag', entityTagOf(version));
}

const STRONG_TAG = /^"(\d{1,10})"$/;

/**
 * What an `If-Match` header asks (RFC 9110 §13.1.1): `*`, or a list of entity tags compared
 * strongly. A weak tag (`W/"3"`) or anything unreadable matches nothing, so a garbled header
 * fails safe (412) instead of being ignored. No header: no precondition.
 */
export function preconditionOf(ifMatch: string | undefined): VersionPrecondition | undefined {
  if (ifMatch === undefined) return undefined;
  const trimmed = ifMatch.trim();
  if (trimmed === '*') return { kind: 'any' };
  const versions = trimmed
    .split(',')
    .map((tag) => STRONG_TAG.exec(tag.trim())?.[1])
    .filter((version): version is string => version !== undefined)
    .map(Number);
  return { kind: 'one-of', versions };
}

export const ETAG_HEADER = {
  ETag: {
    description: "The resource's version, for `If-Match` on the next `PATCH`",
    schema: { type: 'string', example: '"3"' },
  },
};

/** The optional If-Match parameter of a PATCH, documented once. */
export const ApiIfMatch = () =>
  ApiHeader({
    name: 'If-Match',
    required: false,
    description:
      'The `ETag` of the version the change is based on (or `*`). When the resource has changed ' +
      'since, nothing is written and the answer is 412 `precondition-failed`. Optional, and ' +
      'recommended whenever two people may edit the same resource.',
    schema: { type: 'string', example: '"3"' },
  });
