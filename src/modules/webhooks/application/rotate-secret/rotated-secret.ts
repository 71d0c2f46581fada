import { ApiProperty } from '@nestjs/swagger';

export class RotatedSecret {
  /** Shown this once. */
  @ApiProperty({
    example: 'whsec_cm90YXRlZC1leGFtcGxlLW5vdC1mb3ItcmVhbC11c2U=',
    description: 'The new signing secret. Shown this once: store it now.',
  })
  secret!: string;

  /** The old secret keeps signing (a second signature) until then. */
  @ApiProperty({
    example: '2026-03-15T09:26:53.412Z',
    format: 'date-time',
    description: 'The old secret keeps signing (a second signature) until then: 24 h',
  })
  previousSecretExpiresAt!: string;
}
