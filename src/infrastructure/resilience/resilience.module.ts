import { Global, Module } from '@nestjs/common';

import { BreakerMetrics } from './breaker-metrics';
import { BreakerRegistry } from './breaker-registry';
import { CircuitBreakerInterceptor } from './circuit-breaker.interceptor';
import { FleetBreakerState } from './fleet-breaker-state';
import { OutboundHttp } from './outbound-http';

/** Outbound calls to external services, for every module of both processes. */
@Global()
@Module({
  providers: [
    FleetBreakerState,
    BreakerMetrics,
    BreakerRegistry,
    OutboundHttp,
    CircuitBreakerInterceptor,
  ],
  exports: [OutboundHttp, BreakerRegistry, CircuitBreakerInterceptor],
})
export class ResilienceModule {}
