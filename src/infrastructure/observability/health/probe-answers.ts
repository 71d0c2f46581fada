import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';

/** GET /health/live: the process is up; nothing about its dependencies. */
export class LivenessStatus {
  @ApiProperty({ enum: ['ok'], example: 'ok' })
  status!: 'ok';
}

/** One check per dependency: primary, replica, redis, s3, breakers (terminus' indicator result). */
const CHECKS: { type: 'object'; additionalProperties: SchemaObject } = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    properties: { status: { type: 'string', enum: ['up', 'degraded', 'down'] } },
    required: ['status'],
    additionalProperties: true,
  },
};

/**
 * GET /health/ready (terminus' HealthCheckResult). Everyone gets `status`; platform admins (Basic
 * credentials or their session) also get each check.
 */
export class ReadinessStatus {
  @ApiProperty({
    enum: ['ok', 'degraded'],
    example: 'ok',
    description: '`degraded`: ready, but a replica is out of rotation or a circuit breaker is open',
  })
  status!: 'ok' | 'degraded';

  @ApiPropertyOptional({
    ...CHECKS,
    description: 'Platform admins only: every check',
    example: {
      primary: { status: 'up' },
      replica: { status: 'up', replicas: [{ inRotation: true, reachable: true, lagSeconds: 0 }] },
      redis: { status: 'up' },
      s3: { status: 'up' },
      breakers: { status: 'up' },
    },
  })
  details?: Record<string, { status: string }>;

  @ApiPropertyOptional({
    ...CHECKS,
    description: 'Platform admins only: the checks up or degraded',
  })
  info?: Record<string, { status: string }>;

  @ApiPropertyOptional({ ...CHECKS, description: 'Platform admins only: the checks down' })
  error?: Record<string, { status: string }>;
}
