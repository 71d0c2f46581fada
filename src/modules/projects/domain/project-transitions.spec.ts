import { archiveProject, assertProjectIsActive, updateProject } from './project-transitions';
import { ProjectArchived } from './projects.errors';

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

describe('assertProjectIsActive', () => {
  it('lets an active project take changes', () => {
    expect(() => assertProjectIsActive({ archivedAt: null })).not.toThrow();
  });

  it('refuses an archived one with ProjectArchived', () => {
    expect(() => assertProjectIsActive({ archivedAt: now })).toThrow(ProjectArchived);
  });
});

describe('updateProject', () => {
  const project = { id: 'p1', name: 'Launch', description: 'Spring' };

  it('announces only the fields that really changed, with the name after the update', () => {
    expect(updateProject(project, { name: 'Launch', description: null })).toEqual({
      kind: 'changed',
      changes: { description: null },
      eventPayload: {
        projectId: 'p1',
        name: 'Launch',
        changes: { description: { from: 'Spring', to: null } },
      },
    });
  });

  it('is unchanged when the request repeats what is stored', () => {
    expect(updateProject(project, { name: 'Launch', description: 'Spring' })).toEqual({
      kind: 'unchanged',
    });
    expect(updateProject(project, {})).toEqual({ kind: 'unchanged' });
  });
});
