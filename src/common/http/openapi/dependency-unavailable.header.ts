import type { HeaderObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/**
 * Set on an answer built from what tenfold knows while a dependency it names is out (its circuit
 * breaker open): e.g. `s3` on attachments and exports, whose download links are signed locally
 * but reach object storage only once it is back (docs/RESILIENCE.md).
 */
export function dependencyUnavailableHeader(dependency: string): HeaderObject {
  return {
    description:
      `Present only while ${dependency} is out: the answer is what is known; its links may ` +
      'not work until the dependency is back',
    schema: { type: 'string', example: dependency },
  };
}
