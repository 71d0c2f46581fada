import { getSchemaPath, type OpenAPIObject } from '@nestjs/swagger';
import type { HeadersObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

import {
  problemResponse,
  type ProblemStatus,
} from '../../common/http/openapi/api-problems.decorator';
import { IDEMPOTENCY_KEY_HEADER } from '../../common/http/idempotency/idempotency-key-header';
import { ProblemDetailsSchema } from '../../common/http/openapi/problem-details.schema';

type Operation = NonNullable<OpenAPIObject['paths'][string]['get']>;
type Responses = Operation['responses'];

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

const RETRY_AFTER: HeadersObject = {
  'Retry-After': { description: 'Seconds to wait before retrying', schema: { type: 'integer' } },
};

/**
 * The responses every operation of a kind shares, added in one place rather than on 65 routes:
 * a problem+json `default`; 400 where there is input to refuse; 401 (and, on workspace routes,
 * 403/404) where a session is required; 429 and 503 with Retry-After on the API. A route that
 * declares one of these statuses itself (with its own problem codes) keeps them, plus the shared ones.
 */
export function addCommonResponses(document: OpenAPIObject): OpenAPIObject {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (operation) addTo(path, operation);
    }
  }
  return document;
}

/** The problem codes a description made by problemResponse() lists. */
function codesIn(description: string): string[] {
  return [...description.matchAll(/urn:tenfold:problem:([a-z0-9-]+)/g)].map((match) => match[1]);
}

function addTo(path: string, operation: Operation): void {
  const responses: Responses = operation.responses;
  // A route's own problems of the same status (its codes) keep their place; the shared codes join.
  const add = (status: ProblemStatus, codes: string[] = [], headers?: HeadersObject) => {
    const own = responses[status];
    const ownCodes = own && 'description' in own ? codesIn(own.description) : [];
    const merged = [...ownCodes, ...codes.filter((code) => !ownCodes.includes(code))];
    const ownHeaders = own && 'headers' in own ? own.headers : undefined;
    const allHeaders = { ...ownHeaders, ...headers };
    responses[status] = {
      ...problemResponse(status, merged),
      ...(Object.keys(allHeaders).length > 0 ? { headers: allHeaders } : {}),
    };
  };
  const hasInput = (operation.parameters ?? []).length > 0 || operation.requestBody !== undefined;
  const signedIn = (operation.security ?? []).some((scheme) => 'bearer' in scheme);
  // Admin routes (Basic or a platform admin's session) answer AdminGuard's own 401 code instead.
  const adminOnly = (operation.security ?? []).some((scheme) => 'basic' in scheme);
  // Declared public rather than silently inheriting nothing: linters and clients can tell.
  operation.security ??= [];

  if (hasInput) add(400, ['validation-failed']);
  // The API reads JSON only, within the body limit: anything else is refused before validation.
  if (operation.requestBody) {
    add(413);
    add(415);
  }
  // The problems of @Idempotent() (src/common/http/idempotency/), where its header is declared.
  if ((operation.parameters ?? []).some((p) => 'name' in p && p.name === IDEMPOTENCY_KEY_HEADER)) {
    add(400, ['invalid-idempotency-key']);
    add(409, ['idempotency-request-in-progress'], RETRY_AFTER);
    add(422, ['idempotency-key-reused']);
  }
  if (signedIn && !adminOnly) add(401, ['authentication-required']);
  if (signedIn && path.includes('{workspaceId}')) {
    add(403, ['role-too-low']);
    add(404, ['workspace-not-found']);
  }
  if (path.startsWith('/v1/')) {
    add(429, ['rate-limited'], RETRY_AFTER);
    add(503, ['database-unavailable', 'session-store-unavailable'], RETRY_AFTER);
  }
  responses.default ??= {
    description: 'Any other error, as problem+json',
    content: {
      'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDetailsSchema) } },
    },
  };
}
