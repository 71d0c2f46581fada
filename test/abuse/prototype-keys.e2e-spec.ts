import { bearer, signUp } from '../harness/accounts';
import { testConfig } from '../support/test-config';
import { WebAppUnderTest } from '../support/web-app-under-test';

const PROTOTYPE_KEYS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

/** A workspace id is a key into the session's memberships: Object.prototype's keys are no workspace. */
describe('workspace ids that are Object.prototype keys', () => {
  let web: WebAppUnderTest;
  let token: string;

  beforeAll(async () => {
    web = await WebAppUnderTest.start(testConfig({ RATE_LIMIT_PER_MINUTE: '1000000' }));
    token = (await signUp(web.http, 'proto')).token;
  });
  afterAll(() => web?.close());

  const routes = (id: string) =>
    [
      ['get', `/v1/workspaces/${id}/projects`],
      ['get', `/v1/workspaces/${id}/members`],
      ['patch', `/v1/workspaces/${id}`],
      ['post', `/v1/workspaces/${id}/invitations`],
      ['put', `/v1/workspaces/${id}/digests/subscription`],
    ] as const;

  it.each(PROTOTYPE_KEYS)(
    'answers 404 workspace-not-found for %s on guarded routes',
    async (id) => {
      for (const [method, path] of routes(id)) {
        const response = await web.http[method](path).set(bearer(token)).send({});
        expect({ path, method, status: response.status, type: response.body.type }).toEqual({
          path,
          method,
          status: 404,
          type: 'urn:tenfold:problem:workspace-not-found',
        });
      }
    },
  );
});
