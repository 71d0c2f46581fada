import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { ApiHeader } from '@nestjs/swagger';

import { IDEMPOTENCY_KEY_HEADER, MAX_IDEMPOTENCY_KEY_LENGTH } from './idempotency-key-header';
import { IdempotencyInterceptor } from './idempotency.interceptor';

/**
 * Marks a creating POST as safe to retry: with an Idempotency-Key it runs at most once and later
 * requests with the same key get the first answer again (docs/adr/0007-idempotency-keys.md).
 * Its problems (400, 409 with Retry-After, 422) are added to the document where this header is,
 * merged with the route's own (src/app/openapi/common-responses.ts).
 */
export function Idempotent(): MethodDecorator {
  return applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: IDEMPOTENCY_KEY_HEADER,
      required: false,
      description:
        `Up to ${MAX_IDEMPOTENCY_KEY_LENGTH} characters, unique per intended operation. ` +
        'Retrying with the same key and body within 24 h replays the first answer ' +
        '(marked Idempotent-Replayed: true).',
      schema: { type: 'string', maxLength: MAX_IDEMPOTENCY_KEY_LENGTH },
    }),
  );
}
