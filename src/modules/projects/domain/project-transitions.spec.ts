import {
  archiveProject,
  assertProjectIsActive,
  assertProjectIsArchived,
  projectDeletion,
  unarchiveProject,
  updateProject,
  type NamedProjectState,
} from './project-transitions';
import { ProjectArchived, ProjectNotArchived } from './projects.errors';

const now = new Date('2026-12-04T10:11:12.345Z');
const firstArchive = new Date('2026-01-01T00:00:00.000Z');

function project(archivedAt: Date | null): NamedProjectState {
  return { id: 'project-1', name: 'Launch', archivedAt };
}

describe('archiveProject', () => {
  it('archives an active project at `now` and announces it by id and name', () => {
    expect(archiveProject(project(null), now)).toEqual({
      kind: 'changed',
      changes: { archivedAt: now },
      eventPayload: { projectId: 'project-1', name: 'Launch' },
    });
  });

  it('leaves an archived project unchanged: the first archive time stays, no event', () => {
    expect(archiveProject(project(firstArchive), now)).toEqual({ kind: 'unchanged' });
  });
});

describe('unarchiveProject', () => {
  it('makes an archived project active again and announces it', () => {
    expect(unarchiveProject(project(firstArchive))).toEqual({
      kind: 'changed',
      changes: { archivedAt: null },
      eventPayload: { projectId: 'project-1', name: 'Launch' },
    });
  });

  it('leaves an active project unchanged, with no event', () => {
    expect(unarchiveProject(project(null))).toEqual({ kind: 'unchanged' });
  });
});

describe('assertProjectIsArchived and projectDeletion', () => {
  it('refuses to delete an active project with ProjectNotArchived', () => {
    expect(() => assertProjectIsArchived(project(null))).toThrow(ProjectNotArchived);
  });

  it('lets an archived project go, announcing every task deleted with it', () => {
    expect(() => assertProjectIsArchived(project(firstArchive))).not.toThrow();
    expect(projectDeletion(project(firstArchive), ['task-1', 'task-2'])).toEqual({
      projectId: 'project-1',
      name: 'Launch',
      taskIds: ['task-1', 'task-2'],
    });
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
