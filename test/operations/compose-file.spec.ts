import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parse } from 'yaml';

import { loadConfig } from '../../src/infrastructure/config/load-config';

const ROOT = join(__dirname, '..', '..');
const COMPOSE = join(ROOT, 'docker-compose.yml');
const DEFECTS = join(ROOT, 'test', 'fixtures', 'compose', 'defects.compose.yml');
const APP_SERVICES = ['migrate', 'web', 'worker'];

interface Service {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  healthcheck?: { test?: string[] };
  depends_on?: Record<string, { condition: string }>;
  restart?: string;
  stop_grace_period?: string;
}
interface ComposeFile {
  services: Record<string, Service>;
}

/** What README's "Docker" section tells people to write into .env.production (fake values). */
const ENV_PRODUCTION = {
  ADMIN_USERNAME: 'ops',
  ADMIN_PASSWORD: 'a-long-random-password-of-ours',
  SECRETS_KEYS: `k1:${Buffer.alloc(32, 7).toString('base64')}`,
};

const composeFile = (path: string) => parse(readFileSync(path, 'utf8')) as ComposeFile;

/** `${NAME:-default}` as compose interpolates it, with nothing set in the shell. */
const interpolated = (value: string, shell: Record<string, string>) =>
  value.replace(
    /\$\{(\w+):-([^}]*)\}/g,
    (_, name: string, fallback: string) => shell[name] ?? fallback,
  );

function environmentOf(
  service: Service,
  shell: Record<string, string> = {},
): Record<string, string> {
  const entries = Object.entries(service.environment ?? {}).map(([k, v]) => [
    k,
    interpolated(String(v), shell),
  ]);
  return { ...Object.fromEntries(entries), ...ENV_PRODUCTION };
}

const seconds = (duration: string | undefined) => {
  const found = /^(\d+)s$/.exec(duration ?? '');
  return found ? Number(found[1]) : 10; // Docker's default grace
};

/** The rules beyond dclint's: each one a defect the first compose file had. */
function composeProblems({ services }: ComposeFile): string[] {
  const problems: string[] = [];
  for (const [name, service] of Object.entries(services)) {
    if (!service.build && !/:[\w][\w.-]*$/.test(service.image ?? ''))
      problems.push(`${name}: image without a tag`);
    if (/:latest$/.test(service.image ?? '')) problems.push(`${name}: latest tag`);
    const check = (service.healthcheck?.test ?? []).join(' ');
    if (check.includes('pg_isready') && !check.includes('-h 127.0.0.1')) {
      problems.push(`${name}: pg_isready over the socket passes during the image's init`);
    }
    if (name.startsWith('postgres-replica') && !service.environment?.REPLICATION_SLOT) {
      problems.push(`${name}: no replication slot`);
    }
    for (const dependency of Object.keys(service.depends_on ?? {})) {
      if (!services[dependency]) problems.push(`${name}: depends on unknown service ${dependency}`);
    }
  }
  const migrate = services.migrate;
  if (!migrate?.restart?.startsWith('on-failure')) problems.push('migrate: not retried on failure');
  for (const name of ['web', 'worker']) {
    const service = services[name];
    if (!service) {
      problems.push(`${name}: missing`);
      continue;
    }
    const env = service.environment ?? {};
    const needed =
      Number(env.SHUTDOWN_GRACE_MS ?? 10_000) + Number(env.SHUTDOWN_DRAIN_DELAY_MS ?? 0);
    if (seconds(service.stop_grace_period) * 1000 <= needed) {
      problems.push(
        `${name}: stop_grace_period not above SHUTDOWN_GRACE_MS + SHUTDOWN_DRAIN_DELAY_MS`,
      );
    }
  }
  if (!services.rabbitmq) problems.push('no rabbitmq service');
  return problems;
}

describe('docker-compose.yml', () => {
  const compose = composeFile(COMPOSE);

  it('passes dclint (compose schema and the rules of .dclintrc.yaml)', () => {
    const bin = join(ROOT, 'node_modules', 'dclint', 'bin', 'dclint.cjs');
    const run = spawnSync(process.execPath, [bin, COMPOSE], { cwd: ROOT, encoding: 'utf8' });
    expect({ status: run.status, output: `${run.stdout}${run.stderr}`.trim() }).toEqual({
      status: 0,
      output: '',
    });
  });

  it('has none of the defects the first version had', () => {
    expect(composeProblems(compose)).toEqual([]);
  });

  it('catches those defects in a file that has them (the checks can fail)', () => {
    expect(composeProblems(composeFile(DEFECTS))).toEqual(
      expect.arrayContaining([
        "postgres-primary: pg_isready over the socket passes during the image's init",
        'postgres-replica: no replication slot',
        'minio: image without a tag',
        'web: depends on unknown service mailpit',
        'migrate: not retried on failure',
        'web: stop_grace_period not above SHUTDOWN_GRACE_MS + SHUTDOWN_DRAIN_DELAY_MS',
        'no rabbitmq service',
      ]),
    );
    const bin = join(ROOT, 'node_modules', 'dclint', 'bin', 'dclint.cjs');
    const run = spawnSync(process.execPath, [bin, DEFECTS], { cwd: ROOT, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
  });

  it.each(APP_SERVICES)('gives %s a configuration the app accepts in production', (name) => {
    const service = compose.services[name];
    expect(() => loadConfig(environmentOf(service))).not.toThrow();
    const overRabbitmq = loadConfig(environmentOf(service, { EVENT_TRANSPORT: 'rabbitmq' }));
    expect(overRabbitmq.isProduction).toBe(true);
  });

  it('refuses to start the app without the secrets of .env.production', () => {
    const withoutPassword = environmentOf(compose.services.web);
    delete withoutPassword.ADMIN_PASSWORD;
    expect(() => loadConfig(withoutPassword)).toThrow(/ADMIN_PASSWORD/);
  });
});
