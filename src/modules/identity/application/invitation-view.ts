import { ApiProperty } from '@nestjs/swagger';

import type { InvitableRole } from '../domain/invitable-role';
import type { InvitationEntity } from '../persistence/invitation.entity';
import {
  EXAMPLE_CREATED_AT,
  EXAMPLE_INVITATION_ID,
  EXAMPLE_INVITEE_EMAIL,
  EXAMPLE_USER_ID,
} from './openapi-examples';
import { INVITABLE_ROLE_SCHEMA } from './role-schemas';

/** A pending invitation as its workspace's admins see it. The token is only ever in the mail. */
export class InvitationView {
  @ApiProperty({ format: 'uuid', example: EXAMPLE_INVITATION_ID })
  id!: string;

  @ApiProperty({
    format: 'email',
    example: EXAMPLE_INVITEE_EMAIL,
    description: 'The invited address, lower-cased',
  })
  email!: string;

  @ApiProperty({
    ...INVITABLE_ROLE_SCHEMA,
    example: 'member',
    description: 'The role the invitee joins with; owners are made by promotion, never invited',
  })
  role!: InvitableRole;

  @ApiProperty({
    format: 'uuid',
    example: EXAMPLE_USER_ID,
    description: 'The user id of the admin who sent the invitation',
  })
  invitedBy!: string;

  @ApiProperty({ format: 'date-time', example: EXAMPLE_CREATED_AT })
  createdAt!: string;

  @ApiProperty({
    format: 'date-time',
    example: '2026-03-21T09:26:53.000Z',
    description: 'Seven days after it was sent; a new invitation to the address replaces it',
  })
  expiresAt!: string;
}

export function invitationViewOf(invitation: InvitationEntity): InvitationView {
  return {
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    invitedBy: invitation.invitedBy,
    createdAt: invitation.createdAt.toISOString(),
    expiresAt: invitation.expiresAt.toISOString(),
  };
}
