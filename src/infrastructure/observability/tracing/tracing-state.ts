/**
 * Whether this process started the OpenTelemetry SDK (start-tracing.ts). Code on hot paths asks
 * this first, so that with tracing off (the default) it does no propagation work at all.
 */
// stateless-ok: one flag for the process, set once at start-up before any request or job
let started = false;

export function tracingStarted(): boolean {
  return started;
}

export function markTracingStarted(value: boolean): void {
  started = value;
}
