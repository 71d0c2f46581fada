import { context, type Context, type Span, SpanKind, trace, type Tracer } from '@opentelemetry/api';
import type {
  ContextManager as BullContextManager,
  Span as BullSpan,
  SpanOptions as BullSpanOptions,
  Telemetry,
  Tracer as BullTracer,
} from 'bullmq';

import { traceparentOf, withTraceparent } from './traceparent';

/**
 * BullMQ's own telemetry hooks, fed to OpenTelemetry. Adding a job makes a PRODUCER span and
 * stores its W3C trace context in the job's options (`opts.telemetry.metadata`); processing it
 * makes a CONSUMER span that is the child of that context, so a job joins the trace of the
 * request, consumer or job that enqueued it, across processes and retries.
 *
 * BullMQ also traces its housekeeping (fetching the next job, the stalled-job check), which runs
 * outside any request: those would be a new one-span trace several times a second per worker, so
 * INTERNAL spans without a parent are not recorded.
 */
export function bullMqTelemetry(): Telemetry<Context> {
  return { tracer: new BullMqTracer(trace.getTracer('bullmq')), contextManager };
}

class BullMqTracer implements BullTracer<Context> {
  constructor(private readonly tracer: Tracer) {}

  startSpan(name: string, options?: BullSpanOptions, parent?: Context): BullSpan<Context> {
    const kind = (options?.kind ?? SpanKind.INTERNAL) as number as SpanKind;
    const within = parent ?? context.active();
    if (kind === SpanKind.INTERNAL && !trace.getSpan(within)) return new BullMqSpan(undefined);
    return new BullMqSpan(this.tracer.startSpan(name, { kind }, within));
  }
}

/** BullMQ's span interface over an OpenTelemetry span; without one, every call does nothing. */
class BullMqSpan implements BullSpan<Context> {
  constructor(private readonly span: Span | undefined) {}

  setSpanOnContext(ctx: Context): Context {
    return this.span ? trace.setSpan(ctx, this.span) : ctx;
  }

  setAttribute(key: string, value: Parameters<BullSpan['setAttribute']>[1]): void {
    this.span?.setAttribute(key, value);
  }

  setAttributes(attributes: Parameters<BullSpan['setAttributes']>[0]): void {
    this.span?.setAttributes(attributes);
  }

  addEvent(name: string, attributes?: Parameters<BullSpan['addEvent']>[1]): void {
    this.span?.addEvent(name, attributes);
  }

  recordException(exception: Parameters<BullSpan['recordException']>[0]): void {
    this.span?.recordException(exception);
  }

  end(): void {
    this.span?.end();
  }
}

const contextManager: BullContextManager<Context> = {
  with: (ctx, fn) => context.with(ctx, fn),
  active: () => context.active(),
  getMetadata: (ctx) => JSON.stringify({ traceparent: traceparentOf(ctx) }),
  fromMetadata: (active, metadata) => {
    try {
      const { traceparent } = JSON.parse(metadata) as { traceparent?: unknown };
      return typeof traceparent === 'string' ? withTraceparent(active, traceparent) : active;
    } catch {
      return active; // not ours (or damaged): the job starts a trace of its own
    }
  },
};
