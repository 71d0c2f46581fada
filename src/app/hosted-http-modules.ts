import type { Type } from '@nestjs/common';

import { MODULE_NAMES, type ModuleName } from '../infrastructure/config/module-names';
import { AnalyticsHttpModule } from '../modules/analytics/analytics.http.module';
import { BillingHttpModule } from '../modules/billing/billing.http.module';
import { IdentityHttpModule } from '../modules/identity/identity.http.module';
import { MediaHttpModule } from '../modules/media/media.http.module';
import { NotificationsHttpModule } from '../modules/notifications/notifications.http.module';
import { OnboardingHttpModule } from '../modules/onboarding/onboarding.http.module';
import { ProjectsHttpModule } from '../modules/projects/projects.http.module';
import { SystemHttpModule } from '../modules/system/system.http.module';
import { WebhooksHttpModule } from '../modules/webhooks/webhooks.http.module';

/** Each module's routes (its *.http.module.ts). Kept apart from the worker side: web loads this. */
const HTTP_MODULES: Record<ModuleName, Type> = {
  system: SystemHttpModule,
  identity: IdentityHttpModule,
  analytics: AnalyticsHttpModule,
  projects: ProjectsHttpModule,
  billing: BillingHttpModule,
  notifications: NotificationsHttpModule,
  onboarding: OnboardingHttpModule,
  webhooks: WebhooksHttpModule,
  media: MediaHttpModule,
};

/**
 * The route modules of the hosted modules, in MODULE_NAMES order whatever order HOSTED_MODULES
 * names them in, so that routes register alike in every process.
 */
export function httpModulesOf(hosted: readonly ModuleName[]): Type[] {
  return MODULE_NAMES.filter((name) => hosted.includes(name)).map((name) => HTTP_MODULES[name]);
}
