/** What a receiver gets as the JSON body (Standard Webhooks shape: type, timestamp, data). */
export interface WebhookEnvelope {
  id: string;
  type: string;
  /** ISO-8601: when the event happened, not when this attempt was made. */
  timestamp: string;
  workspaceId: string;
  actorId: string | null;
  data: object;
}

export function webhookBodyOf(envelope: WebhookEnvelope): string {
  const { id, type, timestamp, workspaceId, actorId, data } = envelope;
  return JSON.stringify({ id, type, timestamp, workspaceId, actorId, data });
}
