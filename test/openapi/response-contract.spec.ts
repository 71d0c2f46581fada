import { type Exchange, OpenApiContract } from '../support/contract/openapi-contract';

// The check every e2e answer passes through (test/support/contract/), on a small document: each
// way an answer can break the contract is caught, and a true answer passes.

const json = (schema: object) => ({ content: { 'application/json': { schema } } });
const contract = OpenApiContract.of({
  paths: {
    '/v1/things/{id}': {
      get: {
        responses: {
          '200': json({ $ref: '#/components/schemas/Thing' }),
          '404': { content: { 'application/problem+json': { schema: { type: 'object' } } } },
          default: { content: { 'application/problem+json': { schema: { type: 'object' } } } },
        },
      },
      delete: { responses: { '204': {} } },
    },
    '/v1/things/special': { get: { responses: { '200': json({ type: 'string' }) } } },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['id', 'note'],
        properties: {
          id: { type: 'string', format: 'uuid' },
          note: { type: 'string', nullable: true },
          status: { type: 'string', enum: ['open', 'done'] },
        },
      },
    },
  },
});

const id = '6f1c1f3e-8a4e-4c57-9d0a-2b7f1b8c9d10';
const answer = (overrides: Partial<Exchange>): Exchange => ({
  method: 'GET',
  url: `/v1/things/${id}?expand=1`,
  status: 200,
  contentType: 'application/json; charset=utf-8',
  body: { id, note: null, status: 'open' },
  rawLength: 60,
  ...overrides,
});

describe('the response contract check', () => {
  it('passes an answer the document describes (nullable field, query string)', () => {
    expect(contract.violationsOf(answer({}))).toEqual([]);
  });

  it('refuses an undocumented field', () => {
    const body = { id, note: 'x', secret: 'leak' };
    expect(contract.violationsOf(answer({ body }))).toEqual([
      'GET /v1/things/{id} → 200: body must NOT have additional properties (secret)',
    ]);
  });

  it('refuses a missing required field, a wrong type and a value outside the enum', () => {
    const body = { id: 'not-a-uuid', status: 'lost' };
    expect(contract.violationsOf(answer({ body }))).toEqual([
      "GET /v1/things/{id} → 200: body must have required property 'note'",
      'GET /v1/things/{id} → 200: body/id must match format "uuid"',
      'GET /v1/things/{id} → 200: body/status must be equal to one of the allowed values',
    ]);
  });

  it('refuses an undeclared status, but lets a 5xx fall to the default problem', () => {
    expect(contract.violationsOf(answer({ status: 409 }))).toEqual([
      'GET /v1/things/{id} → 409: status not declared',
    ]);
    const crash = answer({ status: 500, contentType: 'application/problem+json', body: {} });
    expect(contract.violationsOf(crash)).toEqual([]);
  });

  it('refuses an undeclared content type, and a body where none is declared', () => {
    expect(contract.violationsOf(answer({ contentType: 'text/html' }))).toEqual([
      'GET /v1/things/{id} → 200: content type text/html not declared (application/json)',
    ]);
    const deleted = answer({ method: 'DELETE', status: 204, body: {}, rawLength: 2 });
    expect(contract.violationsOf(deleted)).toEqual([
      'DELETE /v1/things/{id} → 204: a body where the document declares none',
    ]);
  });

  it('matches a literal path before a parameter, and ignores paths it does not have', () => {
    const special = answer({ url: '/v1/things/special', body: 'plain' });
    expect(contract.violationsOf(special)).toEqual([]);
    expect(contract.violationsOf(answer({ url: '/docs/swagger.json', body: 'x' }))).toEqual([]);
  });
});
