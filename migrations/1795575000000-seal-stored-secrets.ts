import { MigrationInterface, QueryRunner } from 'typeorm';

import { loadConfig } from '../src/infrastructure/config/load-config';
import { SecretBox } from '../src/infrastructure/secrets/secret-box';
import { sealedUrlContext } from '../src/modules/notifications/domain/slack-webhook-url';
import { sealedSecretContext } from '../src/modules/webhooks/domain/signing-secret';

type Change = (box: SecretBox, value: string, context: string) => string;

const seal: Change = (box, value, context) =>
  box.needsResealing(value) ? box.seal(box.open(value, context), context) : value;
const open: Change = (box, value, context) => box.open(value, context);

/**
 * Slack webhook URLs and webhook signing secrets were stored in clear; they are now sealed with
 * SECRETS_KEYS (docs/adr/0015-secrets-sealed-at-rest.md). The columns become text (sealed values
 * are longer), and every stored value is sealed with the first key. Run it with the same
 * SECRETS_KEYS as the processes; a value it cannot open stops it, naming the key.
 */
export class SealStoredSecrets1795575000000 implements MigrationInterface {
  name = 'SealStoredSecrets1795575000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "notifications"."slack_connections" ALTER COLUMN "webhook_url" TYPE text`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhooks"."endpoints" ALTER COLUMN "secret" TYPE text,
         ALTER COLUMN "previous_secret" TYPE text`,
    );
    await rewrite(queryRunner, seal);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await rewrite(queryRunner, open);
    await queryRunner.query(
      `ALTER TABLE "notifications"."slack_connections" ALTER COLUMN "webhook_url" TYPE varchar(500)`,
    );
    await queryRunner.query(
      `ALTER TABLE "webhooks"."endpoints" ALTER COLUMN "secret" TYPE varchar(100),
         ALTER COLUMN "previous_secret" TYPE varchar(100)`,
    );
  }
}

async function rewrite(queryRunner: QueryRunner, change: Change): Promise<void> {
  const box = new SecretBox(loadConfig());
  const connections: { workspace_id: string; webhook_url: string }[] = await queryRunner.query(
    `SELECT workspace_id, webhook_url FROM "notifications"."slack_connections" FOR UPDATE`,
  );
  for (const row of connections) {
    const changed = change(box, row.webhook_url, sealedUrlContext(row.workspace_id));
    if (changed === row.webhook_url) continue;
    await queryRunner.query(
      `UPDATE "notifications"."slack_connections" SET webhook_url = $2 WHERE workspace_id = $1`,
      [row.workspace_id, changed],
    );
  }
  const endpoints: { id: string; secret: string; previous_secret: string | null }[] =
    await queryRunner.query(
      `SELECT id, secret, previous_secret FROM "webhooks"."endpoints" FOR UPDATE`,
    );
  for (const row of endpoints) {
    const context = sealedSecretContext(row.id);
    await queryRunner.query(
      `UPDATE "webhooks"."endpoints" SET secret = $2, previous_secret = $3 WHERE id = $1`,
      [
        row.id,
        change(box, row.secret, context),
        row.previous_secret === null ? null : change(box, row.previous_secret, context),
      ],
    );
  }
}
