import { Global, Module } from '@nestjs/common';

import { SecretBox } from './secret-box';

/** Both processes: web seals what clients hand over, workers open it to use it. */
@Global()
@Module({ providers: [SecretBox], exports: [SecretBox] })
export class SecretsModule {}
