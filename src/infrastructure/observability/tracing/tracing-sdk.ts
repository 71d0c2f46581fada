import { context, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { IORedisInstrumentation } from '@opentelemetry/instrumentation-ioredis';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, TracerProvider } from '@opentelemetry/sdk-trace';
import { ATTR_SERVICE_NAME, ATTR_SERVICE_NAMESPACE } from '@opentelemetry/semantic-conventions';

import type { TracingConfig } from '../../config/app-config';

/** `service.name` of each process; `service.namespace` is tenfold. */
export type TracedService = 'web' | 'worker' | 'analytics';

/** Requests whose spans would only be noise: probes and scrapes, every few seconds per instance. */
const UNTRACED_PATHS = new Set(['/health/live', '/health/ready', '/metrics']);

/**
 * The SDK itself, loaded only when tracing is on (start-tracing.ts). SDK 3.x has no NodeSDK-style
 * `register()`: the provider and the context manager are installed through the API.
 */
export function startTracingSdk(
  config: TracingConfig,
  service: TracedService,
): { shutdown(): Promise<void> } {
  const provider = new TracerProvider({
    resource: resourceFromAttributes({
      [ATTR_SERVICE_NAMESPACE]: 'tenfold',
      [ATTR_SERVICE_NAME]: service,
    }),
    spanProcessors: [
      new BatchSpanProcessor({
        exporter: new OTLPTraceExporter({ url: `${config.otlpEndpoint}/v1/traces` }),
      }),
    ],
  });
  const contextManager = new AsyncLocalStorageContextManager().enable();
  context.setGlobalContextManager(contextManager);
  // No global propagator, deliberately: the trace context crosses only tenfold's own hand-overs
  // (traceparent.ts), never to or from clients, Slack or customers' webhook receivers.
  trace.setGlobalTracerProvider(provider);
  const disableInstrumentations = registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) =>
          UNTRACED_PATHS.has((request.url ?? '').split('?')[0]),
      }),
      // Only inside a request, consumer or job: the relay's polling, the replica monitor and
      // BullMQ's blocking reads would otherwise make a one-span trace each, every second.
      new PgInstrumentation({ requireParentSpan: true }),
      new IORedisInstrumentation({ requireParentSpan: true }),
    ],
  });
  return {
    shutdown: async () => {
      disableInstrumentations();
      await provider.shutdown();
      trace.disable();
      context.disable();
    },
  };
}
