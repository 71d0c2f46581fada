import { IntegrationEvent } from '../../common/contracts/integration-event';
import { EventTypeRegistry } from './event-type-registry';

class ThingHappenedV1 extends IntegrationEvent<{ n: number }> {
  static readonly TYPE = 'test.thing.happened.v1';
  readonly type = ThingHappenedV1.TYPE;
}
class Impostor extends IntegrationEvent<{ n: number }> {
  static readonly TYPE = 'test.thing.happened.v1';
  readonly type = Impostor.TYPE;
}

const metadata = {
  id: '6f1c1f0e-8d7e-4b7a-9a57-2f8f3b9b7a10',
  occurredAt: '2026-11-24T10:00:00.000Z',
  workspaceId: '0b6a0c2e-1c1e-4c55-9d4b-8c3f1f2a9e01',
  actorId: null,
  correlationId: 'req-1',
};

describe('EventTypeRegistry', () => {
  it('revives JSON as an instance of the registered class, field for field', () => {
    const registry = new EventTypeRegistry();
    registry.register(ThingHappenedV1);
    const json = new ThingHappenedV1({ n: 7 }, metadata).toJSON();
    const revived = registry.revive(JSON.parse(JSON.stringify(json)));
    expect(revived).toBeInstanceOf(ThingHappenedV1);
    expect(revived?.toJSON()).toEqual(json);
  });

  it('returns undefined for unknown types and refuses two classes for one type', () => {
    const registry = new EventTypeRegistry();
    expect(registry.revive({ ...metadata, type: 'nobody.knows.v1', payload: {} })).toBeUndefined();
    registry.register(ThingHappenedV1);
    registry.register(ThingHappenedV1);
    expect(() => registry.register(Impostor)).toThrow(/Two event classes claim/);
  });
});
