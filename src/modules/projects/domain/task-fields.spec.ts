import { DueTimeZoneRequired, DueTimeZoneWithoutDueAt, StartAfterDue } from './projects.errors';
import { newTaskFields, updateTaskFields, type TaskFields } from './task-fields';

const task = { id: 't1', projectId: 'p1' };
const current: TaskFields = {
  title: 'Ship it',
  description: null,
  dueAt: '2026-03-01T08:00:00.000Z',
  dueTimeZone: 'Europe/Berlin',
  startOn: null,
  priority: 'none',
  labelIds: ['b', 'a'].sort(),
};

describe('task fields', () => {
  it('starts new tasks from the defaults', () => {
    expect(newTaskFields('New', {})).toEqual({
      title: 'New',
      description: null,
      dueAt: null,
      dueTimeZone: null,
      startOn: null,
      priority: 'none',
      labelIds: [],
    });
    expect(newTaskFields('New', { labelIds: ['z', 'a', 'z'] }).labelIds).toEqual(['a', 'z']);
  });

  it('names only the fields that really changed, with from and to', () => {
    const result = updateTaskFields(task, current, {
      title: 'Ship it',
      priority: 'high',
      labelIds: ['c', 'a'],
    });
    expect(result).toEqual({
      kind: 'changed',
      changes: { priority: 'high', labelIds: ['a', 'c'] },
      eventPayload: {
        taskId: 't1',
        projectId: 'p1',
        title: 'Ship it',
        changes: {
          priority: { from: 'none', to: 'high' },
          labelIds: { from: ['a', 'b'], to: ['a', 'c'] },
        },
      },
    });
  });

  it('is unchanged for a repeat: same values, labels in another order, one instant in another offset', () => {
    expect(
      updateTaskFields(task, current, {
        title: 'Ship it',
        dueAt: '2026-03-01T09:00:00+01:00',
        labelIds: ['b', 'a', 'a'],
      }),
    ).toEqual({ kind: 'unchanged' });
    expect(updateTaskFields(task, current, {})).toEqual({ kind: 'unchanged' });
  });

  it('clearing the due date clears its zone', () => {
    const result = updateTaskFields(task, current, { dueAt: null });
    expect(result.kind === 'changed' && result.changes).toEqual({ dueAt: null, dueTimeZone: null });
    expect(result.kind === 'changed' && result.eventPayload.changes).toEqual({
      dueAt: { from: '2026-03-01T08:00:00.000Z', to: null },
      dueTimeZone: { from: 'Europe/Berlin', to: null },
    });
  });

  it('keeps the zone when only the due instant moves', () => {
    const result = updateTaskFields(task, current, { dueAt: '2026-03-02T08:00:00Z' });
    expect(result.kind === 'changed' && result.eventPayload.changes).toEqual({
      dueAt: { from: '2026-03-01T08:00:00.000Z', to: '2026-03-02T08:00:00.000Z' },
    });
  });

  it('refuses a due date without zone and a zone without due date', () => {
    expect(() => newTaskFields('x', { dueAt: '2026-03-01T08:00:00Z' })).toThrow(
      DueTimeZoneRequired,
    );
    expect(() => newTaskFields('x', { dueTimeZone: 'UTC' })).toThrow(DueTimeZoneWithoutDueAt);
    expect(() => updateTaskFields(task, current, { dueAt: null, dueTimeZone: 'UTC' })).toThrow(
      DueTimeZoneWithoutDueAt,
    );
  });

  it("compares the start date with the due date's local date in its zone", () => {
    // 23:30 UTC on 1 March is already 2 March in Berlin.
    const due = { dueAt: '2026-03-01T23:30:00Z', dueTimeZone: 'Europe/Berlin' };
    expect(newTaskFields('x', { ...due, startOn: '2026-03-02' }).startOn).toBe('2026-03-02');
    expect(() =>
      newTaskFields('x', { ...due, dueTimeZone: 'America/New_York', startOn: '2026-03-02' }),
    ).toThrow(StartAfterDue);
    expect(() => updateTaskFields(task, current, { startOn: '2026-03-02' })).toThrow(StartAfterDue);
    expect(newTaskFields('x', { startOn: '2030-01-01' }).startOn).toBe('2030-01-01');
  });
});
