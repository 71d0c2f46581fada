/**
 * The base of every integration event: the envelope all modules share. Lives in a contracts/ folder
 * so any module's contracts may extend it; like every contract it imports nothing but packages.
 */
export interface EventMetadata {
  /** uuid; consumers deduplicate on it. */
  id: string;
  /** ISO-8601, when the state change happened (inside its transaction). */
  occurredAt: string;
  workspaceId: string;
  /** The user whose action caused the event; null for system actions. */
  actorId: string | null;
  /** Ties together the request and every event and job that followed from it. */
  correlationId: string;
}

/** What an event looks like as JSON in the outbox and on the wire. */
export interface IntegrationEventJson<TPayload extends object = object> extends EventMetadata {
  type: string;
  payload: TPayload;
}

/**
 * Subclasses add `static readonly TYPE = '<module>.<entity>.<fact>.v<N>'` and
 * `readonly type = <Class>.TYPE`. A payload change is a new class with a new version, never an edit.
 */
export abstract class IntegrationEvent<
  TPayload extends object = object,
> implements IntegrationEventJson<TPayload> {
  abstract readonly type: string;
  readonly id: string;
  readonly occurredAt: string;
  readonly workspaceId: string;
  readonly actorId: string | null;
  readonly correlationId: string;

  constructor(
    readonly payload: TPayload,
    metadata: EventMetadata,
  ) {
    this.id = metadata.id;
    this.occurredAt = metadata.occurredAt;
    this.workspaceId = metadata.workspaceId;
    this.actorId = metadata.actorId;
    this.correlationId = metadata.correlationId;
  }

  toJSON(): IntegrationEventJson<TPayload> {
    const { id, type, occurredAt, workspaceId, actorId, correlationId, payload } = this;
    return { id, type, occurredAt, workspaceId, actorId, correlationId, payload };
  }
}

/** An event class as the registry and consumers see it. */
export interface IntegrationEventClass<E extends IntegrationEvent = IntegrationEvent> {
  readonly TYPE: string;
  // `never`: every event class fits where "some event class" is expected (constructor parameters
  // are contravariant); code reviving stored JSON passes its payload `as never`.
  new (payload: never, metadata: EventMetadata): E;
}
