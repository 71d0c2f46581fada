import type { Provider } from '@nestjs/common';

import type { ModuleWithARole } from './module-roles';

/** DI token: the module a Nest module's controllers act as (module-scope.interceptor.ts). */
export const MODULE_OWNER = Symbol('MODULE_OWNER');

/**
 * Declared once by each module's HTTP Nest module (`<name>.http.module.ts`): the SQL its
 * controllers cause runs under the module's role. A Nest module without it (health, job status,
 * admin pages) keeps the login role.
 */
export function ownedByModule(module: ModuleWithARole): Provider {
  return { provide: MODULE_OWNER, useValue: module };
}
