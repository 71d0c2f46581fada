import { S3Client } from '@aws-sdk/client-s3';
import { Global, Module, OnApplicationShutdown } from '@nestjs/common';

import { AppConfig } from '../config/app-config';
import { createS3Client } from './create-s3-client';

@Global()
@Module({
  providers: [{ provide: S3Client, inject: [AppConfig], useFactory: createS3Client }],
  exports: [S3Client],
})
export class StorageModule implements OnApplicationShutdown {
  constructor(private readonly s3: S3Client) {}

  onApplicationShutdown(): void {
    this.s3.destroy();
  }
}
