import { randomUUID } from 'node:crypto';

import { type DynamicModule, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Job } from 'bullmq';
import { DataSource, type EntityManager, QueryFailedError } from 'typeorm';

import { createFastifyAdapter } from '../../src/app/create-fastify-adapter';
import { WebModule } from '../../src/app/web.module';
import { IntegrationEvent } from '../../src/common/contracts/integration-event';
import {
  buildDataSourceOptions,
  buildReplicaDataSourceOptions,
} from '../../src/infrastructure/database/data-source-options';
import { actAsModule } from '../../src/infrastructure/database/module-roles/acting-module';
import {
  MODULES_WITH_A_ROLE,
  type ModuleWithARole,
  roleOfModule,
} from '../../src/infrastructure/database/module-roles/module-roles';
import { ConsumerRunner } from '../../src/infrastructure/events/consumer-runner';
import { MetricsRegistry } from '../../src/infrastructure/observability/metrics/metrics-registry';
import { DrainableProcessor } from '../../src/infrastructure/queue/drainable-processor';
import { ModuleRolesFixtureModule } from '../fixtures/module-roles/module-roles-fixture.module';
import { testConfig } from '../support/test-config';

const INSUFFICIENT_PRIVILEGE = '42501';

function sqlStateOf(error: unknown): string | undefined {
  return error instanceof QueryFailedError
    ? (error.driverError as { code?: string }).code
    : undefined;
}

async function refusal(work: Promise<unknown>): Promise<string | undefined> {
  return work.then(
    () => undefined,
    (error: unknown) => sqlStateOf(error) ?? String(error),
  );
}

/** One table of each module's schema, read as the login role (which reads them all). */
async function oneTablePerModule(dataSource: DataSource): Promise<Map<ModuleWithARole, string>> {
  const rows: { schema: ModuleWithARole; name: string }[] = await dataSource.query(
    `SELECT DISTINCT ON (table_schema) table_schema AS schema, table_name AS name
       FROM information_schema.tables
      WHERE table_schema = ANY($1) AND table_type = 'BASE TABLE'
      ORDER BY table_schema, table_name`,
    [MODULES_WITH_A_ROLE],
  );
  return new Map(rows.map((row) => [row.schema, `"${row.schema}"."${row.name}"`]));
}

const roleAndCount = (table: string) =>
  `SELECT current_user AS role, (SELECT count(*) FROM ${table}) AS rows`;

describe('a database role per module', () => {
  const config = testConfig();
  let primary: DataSource;
  let tables: Map<ModuleWithARole, string>;

  beforeAll(async () => {
    primary = await new DataSource(
      buildDataSourceOptions(config, 'module-roles-test'),
    ).initialize();
    tables = await oneTablePerModule(primary);
  });

  afterAll(async () => {
    await primary?.destroy();
  });

  describe('connections taken while a module acts', () => {
    it('every module has a schema with tables to test against', () => {
      expect([...tables.keys()].sort()).toEqual([...MODULES_WITH_A_ROLE].sort());
    });

    it("run as the module's role and read the module's own schema", async () => {
      for (const [module, table] of tables) {
        const [row]: { role: string }[] = await actAsModule(module, () =>
          primary.query(roleAndCount(table)),
        );
        expect(row.role).toBe(roleOfModule(module));
      }
    });

    it("are refused every other module's schema by Postgres", async () => {
      const allowed: string[] = [];
      for (const module of MODULES_WITH_A_ROLE) {
        for (const [owner, table] of tables) {
          if (owner === module) continue;
          const refused = await refusal(
            actAsModule(module, () => primary.query(roleAndCount(table))),
          );
          if (refused !== INSUFFICIENT_PRIVILEGE) allowed.push(`${module} → ${table}: ${refused}`);
        }
      }
      expect(allowed).toEqual([]);
    });

    it('without a module acting, keep the login role, which reads every schema', async () => {
      for (const table of tables.values()) {
        const [row]: { role: string }[] = await primary.query(roleAndCount(table));
        expect(row.role).not.toMatch(/^tenfold_/);
      }
    });

    it('publish to the outbox and record inbox rows, and read neither table back', async () => {
      const runner = primary.createQueryRunner();
      try {
        await actAsModule('projects', () => runner.connect());
        await runner.startTransaction();
        await runner.query(
          `INSERT INTO messaging.outbox (event_id, type, event) VALUES ($1, 'fixture.v1', '{}')`,
          [randomUUID()],
        );
        await runner.query(
          `INSERT INTO messaging.inbox (consumer, event_id) VALUES ('projects.fixture', $1)`,
          [randomUUID()],
        );
        await runner.rollbackTransaction(); // leaves nothing behind
        expect(await refusal(runner.query('SELECT 1 FROM messaging.outbox'))).toBe(
          INSUFFICIENT_PRIVILEGE,
        );
      } finally {
        await runner.release();
      }
    });

    it('on a replica too: routed reads run under the role', async () => {
      const [url] = config.database.replicaUrls;
      if (url === undefined) throw new Error('the local stack has replicas; this test needs one');
      const replica = await new DataSource(
        buildReplicaDataSourceOptions(config, url, 'module-roles-test-replica'),
      ).initialize();
      try {
        const own = actAsModule('projects', () =>
          replica.query(roleAndCount(tables.get('projects')!)),
        );
        expect((await own)[0].role).toBe('tenfold_projects');
        const other = actAsModule('analytics', () =>
          replica.query(roleAndCount(tables.get('projects')!)),
        );
        expect(await refusal(other)).toBe(INSUFFICIENT_PRIVILEGE);
      } finally {
        await replica.destroy();
      }
    });
  });

  describe('entry points', () => {
    it("HTTP: a module's controller reading another module's table is refused", async () => {
      const app = await startWebAppWith(ModuleRolesFixtureModule.ownedBy('analytics'));
      try {
        expect(await get(app, '/fixture/module-roles/own-module')).toEqual({
          ranAs: 'tenfold_analytics',
        });
        expect(await get(app, '/fixture/module-roles/other-module')).toEqual({
          refusedWith: INSUFFICIENT_PRIVILEGE,
        });
      } finally {
        await app.close();
      }
    });

    it("events: a consumer reading another module's table is refused, its own is applied", async () => {
      const runner = new ConsumerRunner(primary, new MetricsRegistry());
      const readProjects = (_event: IntegrationEvent, manager: EntityManager) =>
        manager.query(roleAndCount(tables.get('projects')!)).then(() => undefined);
      const consumer = (name: string) => ({ name, types: [], instance: { apply: readProjects } });

      const refused = runner.run(consumer('analytics.fixture-reads-projects'), fixtureEvent());
      expect(await refusal(refused)).toBe(INSUFFICIENT_PRIVILEGE);
      expect(await runner.run(consumer('projects.fixture-reads-own'), fixtureEvent())).toBe(
        'applied',
      );
    });

    it("jobs: a processor of a module's queue reading another module's table is refused", async () => {
      const processor = new ReadsProjectsProcessor(primary);
      const job = (queueName: string) => ({ queueName }) as Job;
      expect(await refusal(processor.process(job('reports')))).toBe(INSUFFICIENT_PRIVILEGE);
      // The mail queue is infrastructure's: it keeps the login role.
      await expect(processor.process(job('email'))).resolves.toMatch(/^(?!tenfold_)/);
    });
  });

  class ReadsProjectsProcessor extends DrainableProcessor<unknown, string> {
    constructor(private readonly dataSource: DataSource) {
      super();
    }

    protected async handle(): Promise<string> {
      const [row]: { role: string }[] = await this.dataSource.query(
        roleAndCount(tables.get('projects')!),
      );
      return row.role;
    }
  }

  async function startWebAppWith(fixture: DynamicModule): Promise<NestFastifyApplication> {
    @Module({})
    class FixtureRoot {}
    const root: DynamicModule = {
      module: FixtureRoot,
      imports: [WebModule.forRoot(config), fixture],
    };
    const app = await NestFactory.create<NestFastifyApplication>(
      root,
      createFastifyAdapter(config),
      {
        logger: false,
        abortOnError: false,
      },
    );
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    return app;
  }
});

async function get(app: NestFastifyApplication, url: string): Promise<unknown> {
  const answer = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url });
  expect(answer.statusCode).toBe(200);
  return answer.json();
}

class FixtureEvent extends IntegrationEvent {
  readonly type = 'fixture.module-roles.v1';
}

function fixtureEvent(): FixtureEvent {
  return new FixtureEvent(
    {},
    {
      id: randomUUID(),
      occurredAt: new Date().toISOString(),
      workspaceId: randomUUID(),
      actorId: null,
      correlationId: randomUUID(),
    },
  );
}
