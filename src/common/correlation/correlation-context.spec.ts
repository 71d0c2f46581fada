import { currentCorrelationId, ScopeSlot, withCorrelationId } from './correlation-context';

describe('the unit-of-work scope', () => {
  const slot = new ScopeSlot<string>('test');

  it('keeps a slot for its own unit of work only, and nothing outside one', async () => {
    expect(ScopeSlot.available()).toBe(false);
    slot.set('lost');
    expect(slot.get()).toBeUndefined();

    const seen = await Promise.all(
      ['a', 'b'].map((id) =>
        withCorrelationId(id, async () => {
          slot.set(`value of ${id}`);
          await new Promise((resolve) => setTimeout(resolve, 5));
          return [currentCorrelationId(), slot.get(), ScopeSlot.available()];
        }),
      ),
    );
    expect(seen).toEqual([
      ['a', 'value of a', true],
      ['b', 'value of b', true],
    ]);
    expect(slot.get()).toBeUndefined();
  });
});
