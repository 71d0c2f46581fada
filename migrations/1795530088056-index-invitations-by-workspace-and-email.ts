import { MigrationInterface, QueryRunner } from 'typeorm';

export class IndexInvitationsByWorkspaceAndEmail1795530088056 implements MigrationInterface {
  name = 'IndexInvitationsByWorkspaceAndEmail1795530088056';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE INDEX "invitations_by_workspace_and_email" ON "identity"."invitations" ("workspace_id", "email")
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP INDEX "identity"."invitations_by_workspace_and_email"
        `);
  }
}
