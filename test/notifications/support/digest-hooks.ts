import { Global, Module } from '@nestjs/common';

import {
  DIGEST_FAN_OUT_HOOKS,
  type DigestFanOutHooks,
  type FanOutStep,
} from '../../../src/modules/notifications/application/digest-fan-out-hooks';

/**
 * The fan-out's test seam: small batches, and an attempt that dies once at a chosen point (after
 * a batch's mails are on the email queue but before they are recorded: the worst moment).
 */
export class DigestCrashes implements DigestFanOutHooks {
  readonly batchSize = 2;
  private armed: { step: FanOutStep; batch: number } | null = null;
  crashes = 0;

  crashOnceAfter(step: FanOutStep, batch: number): void {
    this.armed = { step, batch };
  }

  async after(step: FanOutStep, batch: number): Promise<void> {
    if (this.armed?.step !== step || this.armed.batch !== batch) return;
    this.armed = null;
    this.crashes += 1;
    throw new Error(`simulated crash: batch ${batch} ${step}`);
  }
}

/** Binds the seam in a worker started with WorkerAppUnderTest.start(config, [module]). */
export function digestHooksModule(hooks: DigestCrashes) {
  @Global()
  @Module({
    providers: [{ provide: DIGEST_FAN_OUT_HOOKS, useValue: hooks }],
    exports: [DIGEST_FAN_OUT_HOOKS],
  })
  class DigestHooksModule {}
  return DigestHooksModule;
}
