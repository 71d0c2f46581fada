import { archiveProject } from './project-transitions';

const now = new Date('2026-12-04T10:11:12.345Z');

describe('archiveProject', () => {
  it('archives an active project at `now`', () => {
    expect(archiveProject({ archivedAt: null }, now)).toEqual({
      kind: 'changed',
      changes: { archivedAt: now },
    });
  });

  it('leaves an archived project unchanged: the first archive time stays', () => {
    const firstArchive = new Date('2026-01-01T00:00:00.000Z');
    expect(archiveProject({ archivedAt: firstArchive }, now)).toEqual({ kind: 'unchanged' });
  });
});
