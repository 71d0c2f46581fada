import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import type { Observable } from 'rxjs';

import { actAsModule } from './acting-module';
import { MODULE_OWNER } from './module-owner';
import type { ModuleWithARole } from './module-roles';

/**
 * The HTTP entry point of the module roles: a controller's handler (and the command or query it
 * puts on the bus) acts as the module whose HTTP Nest module declares it (`ownedByModule`). Nest
 * runs the rest of the chain in the async context current when `next.handle()` is called.
 */
@Injectable()
export class ModuleScopeInterceptor implements NestInterceptor, OnApplicationBootstrap {
  private owners = new Map<object, ModuleWithARole>();

  constructor(private readonly modules: ModulesContainer) {}

  onApplicationBootstrap(): void {
    for (const module of this.modules.values()) {
      const owner = module.providers.get(MODULE_OWNER)?.instance as ModuleWithARole | undefined;
      if (owner === undefined) continue;
      for (const controller of module.controllers.values()) {
        if (controller.metatype) this.owners.set(controller.metatype, owner);
      }
    }
  }

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const owner = this.owners.get(context.getClass());
    return owner === undefined ? next.handle() : actAsModule(owner, () => next.handle());
  }
}
