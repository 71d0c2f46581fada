import type { EndpointEntity } from '../persistence/endpoint.entity';

/** An endpoint as the API shows it: never its secret (that is shown once, at creation or rotation). */
export interface EndpointView {
  id: string;
  url: string;
  eventTypes: string[];
  enabled: boolean;
  disabledReason: string | null;
  /** Until then, requests are also signed with the secret before the last rotation. */
  previousSecretExpiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export function endpointViewOf(endpoint: EndpointEntity): EndpointView {
  const expires = endpoint.previousSecretExpiresAt;
  return {
    id: endpoint.id,
    url: endpoint.url,
    eventTypes: endpoint.eventTypes,
    enabled: endpoint.enabled,
    disabledReason: endpoint.disabledReason,
    previousSecretExpiresAt: expires && expires > new Date() ? expires.toISOString() : null,
    createdAt: endpoint.createdAt.toISOString(),
    updatedAt: endpoint.updatedAt.toISOString(),
  };
}
