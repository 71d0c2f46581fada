import { Global, Module } from '@nestjs/common';

import { BreakerRegistry } from './breaker-registry';
import { OutboundHttp } from './outbound-http';

/** Outbound calls to external services, for every module of both processes. */
@Global()
@Module({
  providers: [BreakerRegistry, OutboundHttp],
  exports: [OutboundHttp, BreakerRegistry],
})
export class ResilienceModule {}
