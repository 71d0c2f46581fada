import type { IntegrationEventJson } from '../../common/contracts/integration-event';

/**
 * An event as the outbox row stores it: the envelope plus, when tracing is on, the W3C
 * `traceparent` of the span that published it. Not part of the event: revived events, consumers and
 * customers' webhooks never see it, and no contract changes with it (docs/EVENTS.md).
 */
export type TracedEventJson = IntegrationEventJson & { traceparent?: string };
