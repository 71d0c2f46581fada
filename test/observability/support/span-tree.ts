import type { ReceivedSpan } from './otlp-receiver';

/** The spans of one trace, to walk from a span to its parent and children. */
export class SpanTree {
  private readonly byId: Map<string, ReceivedSpan>;

  constructor(readonly spans: ReceivedSpan[]) {
    this.byId = new Map(spans.map((span) => [span.spanId, span]));
  }

  parentOf(span: ReceivedSpan): ReceivedSpan | undefined {
    return span.parentSpanId ? this.byId.get(span.parentSpanId) : undefined;
  }

  childrenOf(span: ReceivedSpan): ReceivedSpan[] {
    return this.spans.filter((candidate) => candidate.parentSpanId === span.spanId);
  }

  /** The one span matching; throws naming what the trace holds otherwise. */
  one(description: string, matches: (span: ReceivedSpan) => boolean): ReceivedSpan {
    const found = this.spans.filter(matches);
    if (found.length !== 1) {
      throw new Error(
        `expected one span ${description}, found ${found.length} among:\n${this.describe()}`,
      );
    }
    return found[0];
  }

  /** Every span below `span`, however deep. */
  descendantsOf(span: ReceivedSpan): ReceivedSpan[] {
    return this.childrenOf(span).flatMap((child) => [child, ...this.descendantsOf(child)]);
  }

  describe(): string {
    return this.spans
      .map((span) => `${span.service} ${span.name} (${span.spanId} ← ${span.parentSpanId ?? '-'})`)
      .join('\n');
  }
}
