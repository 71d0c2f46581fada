import { Command } from '@nestjs/cqrs';

export interface RotatedSecret {
  /** Shown this once. */
  secret: string;
  /** The old secret keeps signing (a second signature) until then. */
  previousSecretExpiresAt: string;
}

export interface RotateSecretProps {
  readonly workspaceId: string;
  readonly actorId: string;
  readonly endpointId: string;
}

export class RotateSecretCommand extends Command<RotatedSecret> {
  constructor(readonly props: RotateSecretProps) {
    super();
  }
}
