import { S3Client } from '@aws-sdk/client-s3';
import { Global, Module, OnApplicationShutdown } from '@nestjs/common';

import { AppConfig } from '../config/app-config';
import { createS3Client } from './create-s3-client';
import { ObjectStorage } from './object-storage';

@Global()
@Module({
  providers: [
    { provide: S3Client, inject: [AppConfig], useFactory: createS3Client },
    ObjectStorage,
  ],
  exports: [S3Client, ObjectStorage],
})
export class StorageModule implements OnApplicationShutdown {
  constructor(private readonly s3: S3Client) {}

  onApplicationShutdown(): void {
    this.s3.destroy();
  }
}
