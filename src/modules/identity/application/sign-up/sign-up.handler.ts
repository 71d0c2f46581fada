import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { InjectRepository } from '@nestjs/typeorm';
import { QueryFailedError, Repository } from 'typeorm';

import { newEventMetadata } from '../../../../common/correlation/new-event-metadata';
import { AppConfig } from '../../../../infrastructure/config/app-config';
import { UnitOfWork } from '../../../../infrastructure/database/unit-of-work';
import { EventOutbox } from '../../../../infrastructure/events/event-outbox';
import { OutgoingMail } from '../../../../infrastructure/mail/outgoing-mail';
import { MemberJoinedV1 } from '../../contracts/member-joined.event';
import { UserRegisteredV1 } from '../../contracts/user-registered.event';
import { hashPassword } from '../../domain/password-hasher';
import { assertPasswordIsStrong } from '../../domain/password-policy';
import { issueAccountToken, type IssuedAccountToken } from '../../persistence/account-tokens.store';
import { MembershipEntity } from '../../persistence/membership.entity';
import { UserEntity } from '../../persistence/user.entity';
import { WorkspaceEntity } from '../../persistence/workspace.entity';
import { AccountMailLimiter } from '../account-mail-limiter';
import { AccountTokenMail } from '../account-token-mail';
import { type MailRequestAccepted, SIGN_UP_ACCEPTED } from '../mail-request-accepted';
import { signUpAttemptMail } from './sign-up-attempt-mail';
import { SignUpCommand } from './sign-up.command';

const UNIQUE_VIOLATION = '23505';

/**
 * A new address: the user (unverified) and their first workspace (as owner) in one transaction,
 * and a verification mail. An address that has an account: nothing is created, and its owner is
 * told by mail. Both answer the same, after the same scrypt work, and sign nobody in: the answer
 * must not tell anyone which addresses have accounts (docs/adr/0016-email-ownership.md).
 */
@CommandHandler(SignUpCommand)
export class SignUpHandler implements ICommandHandler<SignUpCommand> {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    private readonly unitOfWork: UnitOfWork,
    private readonly outbox: EventOutbox,
    private readonly mail: OutgoingMail,
    private readonly limiter: AccountMailLimiter,
    private readonly tokenMail: AccountTokenMail,
    private readonly config: AppConfig,
  ) {}

  async execute({
    props: { email, password, workspaceName },
  }: SignUpCommand): Promise<MailRequestAccepted> {
    assertPasswordIsStrong(password, email);
    const passwordHash = await hashPassword(password);
    const verification = await this.register(email, passwordHash, workspaceName);
    // Over the address's limit, no mail goes, silently: a 429 here would differ from the usual answer.
    if (await this.limiter.mayMail('sign-up', email)) {
      const { publicBaseUrl } = this.config;
      if (verification) await this.tokenMail.send('verify-email', email, verification);
      else await this.mail.send(signUpAttemptMail(email, publicBaseUrl));
    }
    return SIGN_UP_ACCEPTED;
  }

  /** The new user's verification token; undefined when the address has an account already. */
  private async register(
    email: string,
    passwordHash: string,
    workspaceName: string,
  ): Promise<IssuedAccountToken | undefined> {
    if (await this.users.existsBy({ email })) return undefined;
    return this.unitOfWork
      .run(null, async (manager) => {
        const created = await manager.save(manager.create(UserEntity, { email, passwordHash }));
        const workspace = await manager.save(
          manager.create(WorkspaceEntity, { name: workspaceName, createdBy: created.id }),
        );
        await manager.insert(MembershipEntity, {
          workspaceId: workspace.id,
          userId: created.id,
          role: 'owner',
        });
        await this.outbox.publish(
          manager,
          new UserRegisteredV1(
            { userId: created.id, email: created.email },
            newEventMetadata(workspace.id, created.id),
          ),
          new MemberJoinedV1(
            { userId: created.id, role: 'owner', via: 'workspace-created' },
            newEventMetadata(workspace.id, created.id),
          ),
        );
        return issueAccountToken(manager, created.id, 'verify-email');
      })
      .catch((error: unknown) => {
        // Someone signed up with the address in the meantime: theirs is the account.
        if (
          error instanceof QueryFailedError &&
          (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
        ) {
          return undefined;
        }
        throw error;
      });
  }
}
