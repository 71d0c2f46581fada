import { IntegrationEvent } from '../../src/common/contracts/integration-event';
import { newEventMetadata } from '../../src/common/correlation/new-event-metadata';

/** An event type of the tests' own, so machinery tests need no product module. */
export class ProbeHappenedV1 extends IntegrationEvent<{ n: number }> {
  static readonly TYPE = 'test.probe.happened.v1';
  readonly type = ProbeHappenedV1.TYPE;
}

export function probe(n: number, workspaceId = '00000000-0000-4000-8000-000000000001') {
  return new ProbeHappenedV1({ n }, newEventMetadata(workspaceId, null));
}
