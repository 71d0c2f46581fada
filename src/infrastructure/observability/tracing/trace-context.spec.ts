import { context, SpanStatusCode, trace } from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import {
  InMemorySpanExporter,
  type ReadableSpan,
  SimpleSpanProcessor,
  TracerProvider,
} from '@opentelemetry/sdk-trace';

import { bullMqTelemetry } from './bullmq-telemetry';
import { activeTraceFields, activeTraceparent, inSpan, SpanKind } from './trace-context';
import { markTracingStarted } from './tracing-state';

const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;
const byName = (spans: ReadableSpan[], name: string) => {
  const found = spans.find((span) => span.name === name);
  if (!found) throw new Error(`no span ${name} among ${spans.map((s) => s.name).join(', ')}`);
  return found;
};

describe('trace context', () => {
  describe('with tracing off (no SDK)', () => {
    it('runs work without spans, trace context or log fields', async () => {
      const seen = await inSpan('request', { kind: SpanKind.SERVER }, async () => ({
        traceparent: activeTraceparent(),
        fields: activeTraceFields(),
        span: trace.getActiveSpan(),
      }));
      expect(seen).toEqual({ traceparent: undefined, fields: {}, span: undefined });
    });
  });

  describe('with tracing on (an in-memory exporter)', () => {
    const exporter = new InMemorySpanExporter();
    const provider = new TracerProvider({
      spanProcessors: [new SimpleSpanProcessor({ exporter })],
    });

    beforeAll(() => {
      context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
      trace.setGlobalTracerProvider(provider);
      markTracingStarted(true);
    });
    afterEach(() => exporter.reset());
    afterAll(async () => {
      markTracingStarted(false);
      await provider.shutdown();
      trace.disable();
      context.disable();
    });

    it('continues a trace from a stored traceparent, as the relay and consumers do', async () => {
      const stored = await inSpan('request', { kind: SpanKind.SERVER }, async () => ({
        traceparent: activeTraceparent(),
        fields: activeTraceFields(),
      }));
      // Later, elsewhere, with no active span: only the stored value links the work to the request.
      await inSpan('relay', { kind: SpanKind.PRODUCER, parent: stored.traceparent }, () =>
        inSpan('consume', { kind: SpanKind.CONSUMER }, async () => undefined),
      );

      const spans = exporter.getFinishedSpans();
      const [request, relay, consume] = ['request', 'relay', 'consume'].map((name) =>
        byName(spans, name),
      );
      expect(stored.traceparent).toBe(
        `00-${request.spanContext().traceId}-${request.spanContext().spanId}-01`,
      );
      expect(stored.fields).toEqual({
        trace_id: request.spanContext().traceId,
        span_id: request.spanContext().spanId,
      });
      expect(new Set(spans.map((span) => span.spanContext().traceId)).size).toBe(1);
      expect(parentOf(relay)).toBe(request.spanContext().spanId);
      expect(parentOf(consume)).toBe(relay.spanContext().spanId);
    });

    it('starts a trace of its own from a damaged traceparent, and marks failures', async () => {
      await expect(
        inSpan('relay', { kind: SpanKind.PRODUCER, parent: '00-not-a-trace-01' }, async () => {
          throw new Error('consumer failed');
        }),
      ).rejects.toThrow('consumer failed');
      const [relay] = exporter.getFinishedSpans();
      expect(parentOf(relay)).toBeUndefined();
      expect(relay.status).toEqual({ code: SpanStatusCode.ERROR, message: 'consumer failed' });
    });

    it("carries a job's context through BullMQ's metadata, and drops its housekeeping", async () => {
      const { tracer, contextManager } = bullMqTelemetry();
      const metadata = await inSpan('consume', { kind: SpanKind.CONSUMER }, async () => {
        const add = tracer.startSpan('add notifications.x', { kind: SpanKind.PRODUCER });
        const withAdd = add.setSpanOnContext(contextManager.active());
        add.end();
        return contextManager.getMetadata(withAdd);
      });
      const parent = contextManager.fromMetadata(contextManager.active(), metadata);
      tracer.startSpan('process notifications', { kind: SpanKind.CONSUMER }, parent).end();
      tracer.startSpan('getNextJob notifications', { kind: SpanKind.INTERNAL }).end();
      const broken = contextManager.fromMetadata(contextManager.active(), '{not json');

      const spans = exporter.getFinishedSpans();
      expect(spans.map((span) => span.name).sort()).toEqual([
        'add notifications.x',
        'consume',
        'process notifications',
      ]);
      const add = byName(spans, 'add notifications.x');
      expect(parentOf(add)).toBe(byName(spans, 'consume').spanContext().spanId);
      expect(parentOf(byName(spans, 'process notifications'))).toBe(add.spanContext().spanId);
      expect(trace.getSpan(broken)).toBeUndefined();
    });
  });
});
