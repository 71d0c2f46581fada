import { ApiProperty } from '@nestjs/swagger';

import type { WorkspaceRole } from '../../../common/auth/workspace-role';
import { MEMBERSHIPS_PROPERTY } from './memberships-property';
import { EXAMPLE_EMAIL, EXAMPLE_TOKEN, EXAMPLE_USER_ID } from './openapi-examples';

/** Who signed in. */
export class SignedInUser {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_USER_ID })
  id!: string;

  @ApiProperty({ format: 'email', example: EXAMPLE_EMAIL })
  email!: string;
}

/** The new session: its token and when it ends. */
export class IssuedSessionView {
  @ApiProperty({
    example: EXAMPLE_TOKEN,
    description:
      'Send as `Authorization: Bearer <token>`. Shown only here: the server keeps its hash alone.',
  })
  token!: string;

  @ApiProperty({
    format: 'date-time',
    example: '2026-03-14T09:56:53.000Z',
    description:
      'When the session ends if it is not used; each authenticated request restarts this idle ' +
      'timeout (30 min by default), never past absoluteExpiresAt',
  })
  idleExpiresAt!: string;

  @ApiProperty({
    format: 'date-time',
    example: '2026-03-14T17:26:53.000Z',
    description: 'When the session ends however much it is used (8 h by default)',
  })
  absoluteExpiresAt!: string;
}

/** What login answers: the opaque token is shown once, here, and never stored. */
export class SignedIn {
  @ApiProperty({ type: SignedInUser })
  user!: SignedInUser;

  @ApiProperty({ type: IssuedSessionView })
  session!: IssuedSessionView;

  @ApiProperty(MEMBERSHIPS_PROPERTY)
  memberships!: Record<string, WorkspaceRole>;
}
