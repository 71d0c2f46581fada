import { IntegrationEvent } from '../../../common/contracts/integration-event';

export interface UserRegisteredPayload {
  userId: string;
  /** Lower-cased, as the account holds it: where other modules may write to the user. */
  email: string;
}

/**
 * An account was created (sign-up); `workspaceId` is the workspace it created. Modules that mail
 * users (notifications' digest) keep the address from this event instead of reading identity.
 */
export class UserRegisteredV1 extends IntegrationEvent<UserRegisteredPayload> {
  static readonly TYPE = 'identity.user.registered.v1';
  readonly type = UserRegisteredV1.TYPE;
}
