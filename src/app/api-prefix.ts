import type { INestApplication } from '@nestjs/common';

/** Every API route lives under /v1; probes and metrics keep the paths orchestrators expect. */
export function useApiPrefix(app: INestApplication): void {
  app.setGlobalPrefix('v1', { exclude: ['health/live', 'health/ready', 'metrics'] });
}
