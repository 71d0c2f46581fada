import { Global, Module } from '@nestjs/common';

import { AdminCredentials } from './admin-credentials';
import { AdminGuard } from './admin.guard';

@Global()
@Module({ providers: [AdminCredentials, AdminGuard], exports: [AdminCredentials, AdminGuard] })
export class AdminModule {}
