import { AsyncLocalStorage } from 'node:async_hooks';

import { isModuleWithARole, type ModuleWithARole } from './module-roles';

const acting = new AsyncLocalStorage<ModuleWithARole>();

/**
 * Runs `work` on behalf of a module: every connection it takes from a pool starts as the module's
 * role (role-routed-pool.ts), so its SQL can reach only the module's own schema and the messaging
 * tables. The entry points call it: HTTP (module-scope.interceptor.ts), event consumers
 * (consumer-runner.ts), job processors (drainable-processor.ts). Outside it, connections keep the
 * login role: infrastructure (outbox relay, health, migrations) works across schemas.
 */
export function actAsModule<T>(module: ModuleWithARole, work: () => T): T {
  return acting.run(module, work);
}

/** As actAsModule, for a name read at run time (a consumer's, a queue's); others act as none. */
export function actAsModuleNamed<T>(name: string | undefined, work: () => T): T {
  return name !== undefined && isModuleWithARole(name) ? actAsModule(name, work) : work();
}

export function actingModule(): ModuleWithARole | undefined {
  return acting.getStore();
}
