import { EventEmitter } from 'node:events';

import pg from 'pg';

import { actingModule } from './acting-module';
import { roleOfModule, type ModuleWithARole } from './module-roles';

type Release = (error?: Error | boolean) => void;
type ConnectCallback = (
  error: Error | undefined,
  client: pg.PoolClient | undefined,
  release: Release,
) => void;

/**
 * A pg Pool to TypeORM, made of one pool per role: a connection is taken from the pool of the
 * module acting now (acting-module.ts), whose connections start as the module's role (the
 * startup option `-c role=…`), or from the login role's pool. No statement is added: the role is
 * set once per connection, when it opens, not per transaction or per read
 * (docs/adr/0026-a-database-role-per-module.md says what that costs in connections).
 *
 * A role's pool opens on its first use and has the configured size, like the login role's;
 * idle connections close after pg's idle timeout, so a module that is not busy holds none.
 */
export class RoleRoutedPool extends EventEmitter {
  private readonly loginPool: pg.Pool;
  private readonly modulePools = new Map<ModuleWithARole, pg.Pool>();

  constructor(private readonly config: pg.PoolConfig) {
    super();
    this.loginPool = this.open(config);
  }

  connect(): Promise<pg.PoolClient>;
  connect(callback: ConnectCallback): void;
  connect(callback?: ConnectCallback): Promise<pg.PoolClient> | void {
    const pool = this.poolFor(actingModule());
    if (!callback) return pool.connect();
    pool.connect(callback);
  }

  end(callback?: (error?: Error) => void): Promise<void> {
    const pools = [this.loginPool, ...this.modulePools.values()];
    const ended = Promise.all(pools.map((pool) => pool.end())).then(() => undefined);
    if (callback) ended.then(() => callback(), callback);
    return ended;
  }

  private poolFor(module: ModuleWithARole | undefined): pg.Pool {
    if (module === undefined) return this.loginPool;
    let pool = this.modulePools.get(module);
    if (!pool) {
      pool = this.open({ ...this.config, options: startAs(roleOfModule(module)) });
      this.modulePools.set(module, pool);
    }
    return pool;
  }

  private open(config: pg.PoolConfig): pg.Pool {
    const pool = new pg.Pool(config);
    // TypeORM listens on this pool for the errors of idle connections; so it hears all of them.
    pool.on('error', (error, client) => this.emit('error', error, client));
    return pool;
  }
}

/** Role names come from MODULES_WITH_A_ROLE: lower-case letters and underscores, nothing to quote. */
function startAs(role: string): string {
  return `-c role=${role}`;
}

/** The pg module as TypeORM's postgres driver uses it, with the role-routed pool in its place. */
export const ROLE_ROUTED_PG: typeof pg = Object.create(pg, {
  Pool: { value: RoleRoutedPool },
});
