import type { AppConfig } from '../../src/infrastructure/config/app-config';
import { loadConfig } from '../../src/infrastructure/config/load-config';

/** The config this test file runs with (see worker-environment.ts), optionally overridden. */
export function testConfig(overrides: Record<string, string> = {}): AppConfig {
  return loadConfig({ ...process.env, ...overrides });
}

export function adminAuthorization(config: AppConfig): string {
  const credentials = `${config.admin.username}:${config.admin.password}`;
  return `Basic ${Buffer.from(credentials).toString('base64')}`;
}
