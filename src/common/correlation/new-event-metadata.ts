import { randomUUID } from 'node:crypto';

import type { EventMetadata } from '../contracts/integration-event';
import { currentCorrelationId } from './correlation-context';

/** Metadata for an event raised now by `actorId` in `workspaceId`, in the current correlation. */
export function newEventMetadata(workspaceId: string, actorId: string | null): EventMetadata {
  return {
    id: randomUUID(),
    occurredAt: new Date().toISOString(),
    workspaceId,
    actorId,
    correlationId: currentCorrelationId(),
  };
}
