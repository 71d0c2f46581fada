/**
 * Example values for the OpenAPI document, shared so that one example user, workspace and
 * session read the same in every schema that shows them. Made up: no real account or token.
 */
export const EXAMPLE_USER_ID = '1678fa79-fcd8-4058-93f9-23de63ce9585';
export const EXAMPLE_OTHER_USER_ID = '4160d166-f4b4-4c41-b65f-f1389abe2e9e';
export const EXAMPLE_WORKSPACE_ID = '881ddaa6-06d8-402b-8459-393c294c4914';
export const EXAMPLE_INVITATION_ID = 'c2a9e3d4-5b6f-4e71-8a90-1b2c3d4e5f60';
export const EXAMPLE_EMAIL = 'ann@example.test';
export const EXAMPLE_INVITEE_EMAIL = 'bob@example.test';
export const EXAMPLE_WORKSPACE_NAME = 'Acme';
export const EXAMPLE_CREATED_AT = '2026-03-14T09:26:53.000Z';
/** The shape of a session or mailed token (43 base64url characters), not a usable one. */
export const EXAMPLE_TOKEN = 'EXAMPLE-token-43-chars-base64url-000000000A';
export const EXAMPLE_PASSWORD = 'violet-otter-42-lamp';
