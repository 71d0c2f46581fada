import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The web process now writes the heartbeat row when the heartbeat is requested, and the worker
 * completes it: a job that must read its enqueuer's write (docs/READ-REPLICAS.md, "Jobs").
 */
export class HeartbeatRequestsWrittenByWeb1795551000000 implements MigrationInterface {
  name = 'HeartbeatRequestsWrittenByWeb1795551000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "system"."heartbeats" ALTER COLUMN "processed_by" DROP NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "system"."heartbeats" ALTER COLUMN "processed_at" DROP NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "system"."heartbeats" ALTER COLUMN "processed_at" DROP DEFAULT`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "system"."heartbeats" WHERE "processed_at" IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "system"."heartbeats" ALTER COLUMN "processed_at" SET DEFAULT now()`,
    );
    await queryRunner.query(
      `ALTER TABLE "system"."heartbeats" ALTER COLUMN "processed_at" SET NOT NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "system"."heartbeats" ALTER COLUMN "processed_by" SET NOT NULL`,
    );
  }
}
