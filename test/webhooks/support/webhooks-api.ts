import type { SignedInUser } from '../../harness/accounts';
import { bearer } from '../../harness/accounts';
import type { WebAppUnderTest } from '../../support/web-app-under-test';

export const endpointsPath = (workspaceId: string) =>
  `/v1/workspaces/${workspaceId}/webhooks/endpoints`;

export interface CreatedEndpoint {
  id: string;
  url: string;
  eventTypes: string[];
  enabled: boolean;
  disabledReason: string | null;
  secret: string;
}

export async function createEndpoint(
  web: WebAppUnderTest,
  user: SignedInUser,
  body: object,
): Promise<CreatedEndpoint> {
  const response = await web.http
    .post(endpointsPath(user.workspaceId))
    .set(bearer(user.token))
    .send(body);
  if (response.status !== 201) throw new Error(`endpoint: ${response.status} ${response.text}`);
  return response.body;
}
