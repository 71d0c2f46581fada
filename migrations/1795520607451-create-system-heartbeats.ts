import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateSystemHeartbeats1795520607451 implements MigrationInterface {
  name = 'CreateSystemHeartbeats1795520607451';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE SCHEMA IF NOT EXISTS "system"`);
    await queryRunner.query(`
            CREATE TABLE "system"."heartbeats" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "job_id" character varying(64) NOT NULL,
                "requested_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "processed_by" character varying(255) NOT NULL,
                "processed_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "UQ_ab27803dac61b922f3532d3e687" UNIQUE ("job_id"),
                CONSTRAINT "PK_a7375f00766c83ddca3c1f939e3" PRIMARY KEY ("id")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TABLE "system"."heartbeats"
        `);
    await queryRunner.query(`DROP SCHEMA IF EXISTS "system"`);
  }
}
