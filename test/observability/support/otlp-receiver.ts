import { StubServer } from '../../support/stub-server';

/** OTLP's span kinds (one more than @opentelemetry/api's SpanKind). */
export const OTLP_KIND = { internal: 1, server: 2, client: 3, producer: 4, consumer: 5 } as const;

interface OtlpValue {
  stringValue?: string;
  intValue?: string | number;
  boolValue?: boolean;
}
interface OtlpAttribute {
  key: string;
  value: OtlpValue;
}
interface OtlpSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  kind: number;
  attributes?: OtlpAttribute[];
}
interface OtlpExport {
  resourceSpans?: {
    resource?: { attributes?: OtlpAttribute[] };
    scopeSpans?: { spans?: OtlpSpan[] }[];
  }[];
}

/** A span as a collector received it, with the service that sent it and its attributes flattened. */
export interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string | undefined;
  name: string;
  kind: number;
  attributes: Record<string, string | number | boolean | undefined>;
}

/**
 * A stand-in OpenTelemetry collector on loopback: it takes what the processes' OTLP/HTTP exporters
 * post to /v1/traces (JSON) and answers what a collector answers, so tests read every span the
 * processes exported, as a real backend would receive them.
 */
export class OtlpReceiver {
  private constructor(private readonly server: StubServer) {}

  static async start(): Promise<OtlpReceiver> {
    return new OtlpReceiver(await StubServer.start({ status: 200, body: { partialSuccess: {} } }));
  }

  /** The value for OTEL_EXPORTER_OTLP_ENDPOINT. */
  get endpoint(): string {
    return this.server.url;
  }

  get exportCount(): number {
    return this.server.requests.length;
  }

  spans(): ReceivedSpan[] {
    return this.server.requestsTo('/v1/traces').flatMap((request) => {
      const exported = JSON.parse(request.body) as OtlpExport;
      return (exported.resourceSpans ?? []).flatMap((resourceSpans) => {
        const service = String(flatten(resourceSpans.resource?.attributes)['service.name']);
        return (resourceSpans.scopeSpans ?? []).flatMap((scope) =>
          (scope.spans ?? []).map((span): ReceivedSpan => ({
            service,
            traceId: span.traceId,
            spanId: span.spanId,
            parentSpanId: span.parentSpanId || undefined,
            name: span.name,
            kind: span.kind,
            attributes: flatten(span.attributes),
          })),
        );
      });
    });
  }

  close(): Promise<void> {
    return this.server.close();
  }
}

function flatten(attributes: OtlpAttribute[] = []): ReceivedSpan['attributes'] {
  return Object.fromEntries(
    attributes.map(({ key, value }) => [
      key,
      value.stringValue ??
        (value.intValue !== undefined ? Number(value.intValue) : value.boolValue),
    ]),
  );
}
