import { updateLabel } from './label-transitions';

const label = { id: 'l1', name: 'Bug', color: '#ff0000' };

describe('label transitions', () => {
  it('announces only what really changed', () => {
    expect(updateLabel(label, { name: 'Defect', color: '#FF0000' })).toEqual({
      kind: 'changed',
      changes: { name: 'Defect', color: '#ff0000' },
      eventPayload: {
        labelId: 'l1',
        name: 'Defect',
        color: '#ff0000',
        changes: { name: { from: 'Bug', to: 'Defect' } },
      },
    });
  });

  it('is unchanged for a repeat, colours compared without case', () => {
    expect(updateLabel(label, { name: 'Bug', color: '#FF0000' })).toEqual({ kind: 'unchanged' });
    expect(updateLabel(label, {})).toEqual({ kind: 'unchanged' });
  });

  it('a change of case in the name is a rename', () => {
    const result = updateLabel(label, { name: 'BUG' });
    expect(result.kind === 'changed' && result.eventPayload.changes).toEqual({
      name: { from: 'Bug', to: 'BUG' },
    });
  });
});
