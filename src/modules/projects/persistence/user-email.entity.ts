import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Users' addresses, from identity.user.registered.v1 (projects never reads identity): what an
 * `@email` mention is resolved with, always together with projects.members, so only members of the
 * comment's workspace are ever found.
 */
@Entity({ schema: 'projects', name: 'user_emails' })
// Not unique: identity keeps addresses unique, and a read model should not refuse an event over it.
@Index('user_emails_by_email', ['email'])
export class UserEmailEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid', primaryKeyConstraintName: 'user_emails_pkey' })
  userId!: string;

  /** Lower-cased, as identity holds it. */
  @Column({ type: 'varchar', length: 254 })
  email!: string;
}
