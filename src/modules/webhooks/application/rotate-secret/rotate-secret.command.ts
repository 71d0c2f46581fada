import { Command } from '@nestjs/cqrs';

import type { RotatedSecret } from './rotated-secret';

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
