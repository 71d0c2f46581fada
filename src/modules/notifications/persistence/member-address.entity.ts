import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Where to mail a user, from identity.user.registered.v1 (notifications never reads identity). */
@Entity({ schema: 'notifications', name: 'member_addresses' })
export class MemberAddressEntity {
  @PrimaryColumn({
    name: 'user_id',
    type: 'uuid',
    primaryKeyConstraintName: 'member_addresses_pkey',
  })
  userId!: string;

  @Column({ type: 'varchar', length: 254 })
  email!: string;
}
