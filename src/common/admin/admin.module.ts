import { Global, Module } from '@nestjs/common';

import { AdminCredentialFailures } from './admin-credential-failures';
import { AdminCredentials } from './admin-credentials';
import { AdminSignInRoutes } from './admin-sign-in.routes';
import { AdminGuard } from './admin.guard';
import { PlatformAdminAccess } from './platform-admin-access';

@Global()
@Module({
  providers: [
    AdminCredentials,
    AdminCredentialFailures,
    PlatformAdminAccess,
    AdminGuard,
    AdminSignInRoutes,
  ],
  exports: [PlatformAdminAccess, AdminGuard, AdminSignInRoutes],
})
export class AdminModule {}
