import {
  type Context,
  isSpanContextValid,
  type SpanContext,
  trace,
  TraceFlags,
} from '@opentelemetry/api';

const TRACEPARENT = /^00-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})$/;

/**
 * W3C `traceparent` for tenfold's own hand-overs (outbox row, broker header, job options), written
 * and read here rather than by a global propagator: with none installed, the http instrumentation
 * neither continues a trace id a client sent nor sends ours to Slack or customers' webhooks
 * (docs/adr/0023-tracing.md).
 */
export function traceparentOf(ctx: Context): string | undefined {
  const spanContext = trace.getSpanContext(ctx);
  if (!spanContext || !isSpanContextValid(spanContext)) return undefined;
  const flags = (spanContext.traceFlags & TraceFlags.SAMPLED).toString(16).padStart(2, '0');
  return `00-${spanContext.traceId}-${spanContext.spanId}-${flags}`;
}

/** `ctx` with the remote parent `traceparent` names; `ctx` itself when the value is not one. */
export function withTraceparent(ctx: Context, traceparent: string): Context {
  const match = TRACEPARENT.exec(traceparent);
  if (!match) return ctx;
  const spanContext: SpanContext = {
    traceId: match[1],
    spanId: match[2],
    traceFlags: parseInt(match[3], 16) & TraceFlags.SAMPLED,
    isRemote: true,
  };
  return isSpanContextValid(spanContext) ? trace.setSpanContext(ctx, spanContext) : ctx;
}
