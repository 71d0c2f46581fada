import {
  type FixtureDocument,
  RELEASED_FIXTURE,
  releasedFixture,
  type Run,
  jsonReport,
  runNode,
  writeDocument,
} from './support/contract-fixture';

// redocly.yaml's rules, as `npm test` lints openapi.json with them: a clean contract passes, and
// each rule this project made an error bites on a document that breaks it.

const REDOCLY = 'node_modules/@redocly/cli/bin/cli.js';

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: string; location: { pointer: string }[] }[];
}

const lint = (path: string): Promise<Run> =>
  runNode(REDOCLY, ['lint', path, '--config', 'redocly.yaml', '--format=json']);

const operation = (document: FixtureDocument, method: string, path: string) =>
  document.paths[path][method];

/** Each rule, the operation that breaks it, and how. */
const broken = [
  {
    rule: 'rule/operation-id-lower-camel-case',
    at: '#/paths/~1v1~1tasks/get/operationId',
    make: (d: FixtureDocument) => (operation(d, 'get', '/v1/tasks').operationId = 'Tasks_list'),
  },
  {
    rule: 'rule/operation-id-lower-camel-case',
    at: '#/paths/~1v1~1tasks/post/operationId',
    make: (d: FixtureDocument) => (operation(d, 'post', '/v1/tasks').operationId = 'CreateTask'),
  },
  {
    rule: 'operation-operationId',
    at: '#/paths/~1v1~1me/get/operationId',
    make: (d: FixtureDocument) => delete operation(d, 'get', '/v1/me').operationId,
  },
  {
    rule: 'operation-summary',
    at: '#/paths/~1v1~1tasks~1{taskId}/get/summary',
    make: (d: FixtureDocument) => delete operation(d, 'get', '/v1/tasks/{taskId}').summary,
  },
  {
    rule: 'operation-4xx-response',
    at: '#/paths/~1v1~1tasks~1{taskId}~1complete/post/responses',
    make: (d: FixtureDocument) =>
      delete operation(d, 'post', '/v1/tasks/{taskId}/complete').responses['404'],
  },
];

describe('the lint rules of the contract (redocly.yaml)', () => {
  let clean: LintReport;
  let breaking: Run;

  beforeAll(async () => {
    const document = releasedFixture();
    for (const { make } of broken) make(document);
    const [cleanRun, breakingRun] = await Promise.all([
      lint(RELEASED_FIXTURE),
      lint(writeDocument(document)),
    ]);
    clean = jsonReport<LintReport>(cleanRun);
    breaking = breakingRun;
  }, 60_000);

  it('pass a complete contract without a problem', () => {
    expect(clean.totals).toEqual(expect.objectContaining({ errors: 0, warnings: 0 }));
  });

  it.each(broken)('make $rule an error at $at', ({ rule, at }) => {
    expect(breaking.exitCode).toBe(1);
    const errors = jsonReport<LintReport>(breaking).problems.filter(
      (problem) => problem.severity === 'error',
    );
    expect(
      errors.map((problem) => ({ rule: problem.ruleId, at: problem.location[0]?.pointer })),
    ).toContainEqual({ rule, at });
  });
});
