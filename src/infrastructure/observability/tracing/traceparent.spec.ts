import { ROOT_CONTEXT, trace, TraceFlags } from '@opentelemetry/api';

import { traceparentOf, withTraceparent } from './traceparent';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const SPAN_ID = '00f067aa0ba902b7';

describe('traceparent', () => {
  it('round-trips a sampled and an unsampled parent', () => {
    for (const flags of ['01', '00']) {
      const value = `00-${TRACE_ID}-${SPAN_ID}-${flags}`;
      const parent = withTraceparent(ROOT_CONTEXT, value);
      expect(trace.getSpanContext(parent)).toEqual({
        traceId: TRACE_ID,
        spanId: SPAN_ID,
        traceFlags: flags === '01' ? TraceFlags.SAMPLED : TraceFlags.NONE,
        isRemote: true,
      });
      expect(traceparentOf(parent)).toBe(value);
    }
  });

  it.each([
    ['an empty value', ''],
    ['upper case', `00-${TRACE_ID.toUpperCase()}-${SPAN_ID}-01`],
    ['another version', `ff-${TRACE_ID}-${SPAN_ID}-01`],
    ['an all-zero trace id', `00-${'0'.repeat(32)}-${SPAN_ID}-01`],
    ['an all-zero span id', `00-${TRACE_ID}-${'0'.repeat(16)}-01`],
    ['a short trace id', `00-${TRACE_ID.slice(1)}-${SPAN_ID}-01`],
    ['trailing junk', `00-${TRACE_ID}-${SPAN_ID}-01-extra`],
    ['a NUL byte', `00-${TRACE_ID}-${SPAN_ID}-01\u0000`],
  ])('ignores %s', (_what, value) => {
    expect(withTraceparent(ROOT_CONTEXT, value)).toBe(ROOT_CONTEXT);
  });

  it('has nothing to write without a valid span context', () => {
    expect(traceparentOf(ROOT_CONTEXT)).toBeUndefined();
  });
});
