import { type Attributes, context, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';

import { traceparentOf, withTraceparent } from './traceparent';
import { tracingStarted } from './tracing-state';

export { SpanKind };

const TRACER = 'tenfold';

/**
 * The active span's W3C `traceparent`, to store with work that continues elsewhere (an outbox
 * row, a broker message); undefined when tracing is off or no span is active.
 */
export function activeTraceparent(): string | undefined {
  return tracingStarted() ? traceparentOf(context.active()) : undefined;
}

export interface SpanSpec {
  kind: SpanKind;
  /**
   * The `traceparent` the work was handed over with: the span becomes its child, in the same trace
   * as the request that caused the work. Without one (older rows), the active context is the parent.
   */
  parent?: string;
  attributes?: Attributes;
}

/**
 * Runs `work` inside a new active span (so spans made meanwhile, by pg or http, are its children),
 * ending it when `work` settles and marking it failed if `work` throws. With tracing off this is
 * only a call of `work`.
 */
export async function inSpan<T>(name: string, spec: SpanSpec, work: () => Promise<T>): Promise<T> {
  if (!tracingStarted()) return work();
  // A malformed parent adds nothing: the span then starts a trace of its own.
  const parent = spec.parent ? withTraceparent(context.active(), spec.parent) : context.active();
  return trace
    .getTracer(TRACER)
    .startActiveSpan(
      name,
      { kind: spec.kind, attributes: spec.attributes },
      parent,
      async (span) => {
        try {
          return await work();
        } catch (error) {
          span.recordException(error as Error);
          span.setStatus({ code: SpanStatusCode.ERROR, message: (error as Error)?.message });
          throw error;
        } finally {
          span.end();
        }
      },
    );
}

/** trace_id and span_id of the active span, for log lines; empty when there is none. */
export function activeTraceFields(): { trace_id?: string; span_id?: string } {
  if (!tracingStarted()) return {};
  const span = trace.getActiveSpan();
  if (!span) return {};
  const { traceId, spanId } = span.spanContext();
  return { trace_id: traceId, span_id: spanId };
}
