import {
  type FixtureDocument,
  RELEASED_FIXTURE,
  releasedFixture,
  type Run,
  jsonReport,
  runNode,
  writeDocument,
} from './support/contract-fixture';

// The breaking-change check of `npm test` (scripts/openapi-breaking-changes.js, Redocly's diff
// rules) against a small released contract: each kind of breaking change docs/API.md names is
// reported at its place (and nothing else), additions pass, and a raised major version lets a
// break through.

const CHECK = 'scripts/openapi-breaking-changes.js';

interface DiffReport {
  summary: { major: number; minor: number; patch: number };
  changes: { path: string; impact: string; verdicts: { ruleId: string; impact: string }[] }[];
}

/** A JSON pointer from its unescaped segments. */
const pointer = (...segments: string[]): string =>
  `#/${segments.map((segment) => segment.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
const listTasksPage = ['paths', '/v1/tasks', 'get', 'responses', '200', 'content'];
const taskInPage = [...listTasksPage, 'application/json', 'schema', 'properties', 'items', 'items'];
const createTaskBody = ['paths', '/v1/tasks', 'post', 'requestBody', 'content', 'application/json'];

interface BreakingChange {
  change: string;
  rule: string;
  at: string;
  make: (document: FixtureDocument) => void;
}

const breakingChanges: BreakingChange[] = [
  {
    change: 'a removed path',
    rule: 'path-removed',
    at: pointer('paths', '/v1/me'),
    make: (d) => delete d.paths['/v1/me'],
  },
  {
    change: 'a removed operation',
    rule: 'operation-removed',
    at: pointer('paths', '/v1/tasks/{taskId}', 'delete'),
    make: (d) => delete d.paths['/v1/tasks/{taskId}'].delete,
  },
  {
    change: 'a removed response field',
    rule: 'property-removed',
    at: pointer(...taskInPage, 'properties', 'assigneeId'),
    make: (d) => delete d.components.schemas.TaskView.properties?.assigneeId,
  },
  {
    change: 'a retyped response field',
    rule: 'schema-type-changed',
    at: pointer(...taskInPage, 'properties', 'title'),
    make: (d) => (schemaOf(d, 'TaskView', 'title').type = 'integer'),
  },
  {
    change: 'a response field that may now be null',
    rule: 'schema-type-changed',
    at: pointer(...taskInPage, 'properties', 'id'),
    make: (d) => (schemaOf(d, 'TaskView', 'id').nullable = true),
  },
  {
    change: 'a response field that is no longer always there',
    rule: 'required-properties-removed',
    at: pointer(...taskInPage),
    make: (d) => {
      const task = d.components.schemas.TaskView;
      task.required = task.required?.filter((field) => field !== 'dueAt');
    },
  },
  {
    change: 'a new value of a response enum',
    rule: 'enum-values-added',
    at: pointer(...taskInPage, 'properties', 'status'),
    make: (d) => (schemaOf(d, 'TaskView', 'status').enum = ['open', 'done', 'archived']),
  },
  {
    change: 'a new required request field',
    rule: 'required-properties-added',
    at: pointer(...createTaskBody, 'schema'),
    make: (d) => {
      const body = d.components.schemas.CreateTaskDto;
      body.properties = { ...body.properties, projectId: { type: 'string', format: 'uuid' } };
      body.required = [...(body.required ?? []), 'projectId'];
    },
  },
  {
    change: 'a new required parameter',
    rule: 'parameter-became-required',
    at: pointer('paths', '/v1/tasks', 'get', 'parameters', '2'),
    make: (d) =>
      d.paths['/v1/tasks'].get.parameters?.push({
        name: 'projectId',
        in: 'query',
        required: true,
        schema: { type: 'string', format: 'uuid' },
      }),
  },
  {
    change: 'a narrowed enum of a request field',
    rule: 'enum-values-removed',
    at: pointer(...createTaskBody, 'schema', 'properties', 'priority'),
    make: (d) => (schemaOf(d, 'CreateTaskDto', 'priority').enum = ['low', 'normal']),
  },
  {
    change: 'a narrowed enum of a query parameter',
    rule: 'enum-values-removed',
    at: pointer('paths', '/v1/tasks', 'get', 'parameters', '1', 'schema'),
    make: (d) => {
      const status = d.paths['/v1/tasks'].get.parameters?.[1];
      if (status) status.schema.enum = ['open'];
    },
  },
  {
    change: 'a stricter bound on a request field',
    rule: 'schema-constraint-changed',
    at: pointer(...createTaskBody, 'schema', 'properties', 'title'),
    make: (d) => (schemaOf(d, 'CreateTaskDto', 'title').maxLength = 100),
  },
  {
    change: 'a removed response header',
    rule: 'response-header-removed',
    at: pointer('paths', '/v1/tasks', 'post', 'responses', '201', 'headers', 'Location'),
    make: (d) => delete responseOf(d, 'post', '/v1/tasks', '201').headers?.Location,
  },
  {
    change: 'a removed media type',
    rule: 'media-type-removed',
    at: pointer(
      'paths',
      '/v1/tasks/{taskId}',
      'get',
      'responses',
      '200',
      'content',
      'application/json',
    ),
    make: (d) => {
      const ok = responseOf(d, 'get', '/v1/tasks/{taskId}', '200');
      ok.content = { 'text/csv': { schema: { type: 'string' } } };
    },
  },
  {
    change: 'authentication now required',
    rule: 'security-requirement-changed',
    at: pointer('paths', '/v1/tasks', 'get', 'security', '0'),
    make: (d) => (d.paths['/v1/tasks'].get.security = [{ bearer: [] }]),
  },
  {
    change: 'a removed success status (200 became 202)',
    rule: 'response-removed',
    at: pointer('paths', '/v1/tasks/{taskId}/complete', 'post', 'responses', '202'),
    make: (d) => {
      const complete = d.paths['/v1/tasks/{taskId}/complete'].post;
      const { 200: ok, ...others } = complete.responses;
      complete.responses = { 202: ok, ...others };
    },
  },
  {
    change: 'a changed operationId',
    rule: 'operation-id-changed',
    at: pointer('paths', '/v1/tasks/{taskId}', 'get'),
    make: (d) => (d.paths['/v1/tasks/{taskId}'].get.operationId = 'fetchTask'),
  },
];

/** Compatible changes: new things, optional inputs, wider inputs, new errors. */
function withAdditions(document: FixtureDocument): FixtureDocument {
  const listTasks = document.paths['/v1/tasks'].get;
  listTasks.parameters?.push({ name: 'assigneeId', in: 'query', schema: { type: 'string' } });
  const body = document.components.schemas.CreateTaskDto;
  body.properties = { ...body.properties, description: { type: 'string' } };
  body.required = []; // a request field that became optional
  schemaOf(document, 'CreateTaskDto', 'priority').enum = ['low', 'normal', 'high', 'urgent'];
  const task = document.components.schemas.TaskView;
  task.properties = { ...task.properties, createdAt: { type: 'string', format: 'date-time' } };
  task.required = [...(task.required ?? []), 'createdAt'];
  document.paths['/v1/tasks'].post.responses['409'] = { description: 'Conflict' };
  document.paths['/v1/tasks/{taskId}'].patch = {
    operationId: 'updateTask',
    summary: 'Change a task',
    responses: document.paths['/v1/tasks/{taskId}'].get.responses,
  };
  document.paths['/v1/projects'] = {
    get: { operationId: 'listProjects', summary: 'List projects', responses: listTasks.responses },
  };
  return document;
}

function responseOf(document: FixtureDocument, method: string, path: string, status: string) {
  return document.paths[path][method].responses[status];
}

function schemaOf(document: FixtureDocument, schema: string, property: string) {
  const found = document.components.schemas[schema].properties?.[property];
  if (!found) throw new Error(`the fixture has no ${schema}.${property}`);
  return found;
}

function withBreakingChanges(version: string): FixtureDocument {
  const document = releasedFixture();
  for (const { make } of breakingChanges) make(document);
  document.info.version = version;
  return document;
}

const check = (revision: FixtureDocument): Promise<Run> =>
  runNode(CHECK, [RELEASED_FIXTURE, writeDocument(revision), '--format=json']);

const majorVerdicts = (report: DiffReport) =>
  report.changes.flatMap((change) =>
    change.verdicts
      .filter((verdict) => verdict.impact === 'major')
      .map((verdict) => ({ rule: verdict.ruleId, at: change.path })),
  );

const byRuleAndPlace = (a: { rule: string; at: string }, b: { rule: string; at: string }) =>
  `${a.rule} ${a.at}`.localeCompare(`${b.rule} ${b.at}`);

describe('the breaking-change check', () => {
  let breaking: Run;
  let additions: Run;
  let nextMajor: Run;

  beforeAll(async () => {
    [breaking, additions, nextMajor] = await Promise.all([
      check(withBreakingChanges('1')),
      check(withAdditions(releasedFixture())),
      check(withBreakingChanges('2')),
    ]);
  }, 60_000);

  describe('on breaking changes, same major version', () => {
    it('fails and says how to go on', () => {
      expect(breaking.exitCode).toBe(1);
      expect(breaking.stderr).toMatch(/breaks clients of the released contract/);
      expect(breaking.stderr).toMatch(/docs\/API\.md/);
    });

    it.each(breakingChanges)('reports $change ($rule)', ({ rule, at }) => {
      expect(majorVerdicts(jsonReport<DiffReport>(breaking))).toContainEqual({ rule, at });
    });

    it('reports no other breaking change', () => {
      const expected = breakingChanges.map(({ rule, at }) => ({ rule, at }));
      const reported = majorVerdicts(jsonReport<DiffReport>(breaking));
      expect(reported.sort(byRuleAndPlace)).toEqual(expected.sort(byRuleAndPlace));
    });
  });

  it('passes compatible additions, and sees them', () => {
    expect(additions.exitCode).toBe(0);
    const report = jsonReport<DiffReport>(additions);
    expect(report.summary.major).toBe(0);
    expect(report.summary.minor).toBeGreaterThanOrEqual(6);
  });

  it('lets breaking changes through when the major version is raised, and lists them', () => {
    expect(nextMajor.exitCode).toBe(0);
    expect(nextMajor.stderr).toMatch(/major version 2, .* is 1: breaking changes are allowed/);
    expect(jsonReport<DiffReport>(nextMajor).summary.major).toBe(breakingChanges.length);
  });

  it('passes the released contract against itself', async () => {
    const same = await check(releasedFixture());
    expect(same.exitCode).toBe(0);
    expect(jsonReport<DiffReport>(same).changes).toEqual([]);
  });
});
