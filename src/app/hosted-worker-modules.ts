import type { Type } from '@nestjs/common';

import { MODULE_NAMES, type ModuleName } from '../infrastructure/config/module-names';
import { AnalyticsWorkerModule } from '../modules/analytics/analytics.worker.module';
import { MediaWorkerModule } from '../modules/media/media.worker.module';
import { NotificationsWorkerModule } from '../modules/notifications/notifications.worker.module';
import { OnboardingWorkerModule } from '../modules/onboarding/onboarding.worker.module';
import { ProjectsWorkerModule } from '../modules/projects/projects.worker.module';
import { SystemWorkerModule } from '../modules/system/system.worker.module';
import { WebhooksWorkerModule } from '../modules/webhooks/webhooks.worker.module';

/**
 * Each module's consumers, processors and schedules (its *.worker.module.ts); identity and
 * billing have none.
 */
const WORKER_MODULES: Partial<Record<ModuleName, Type>> = {
  system: SystemWorkerModule,
  analytics: AnalyticsWorkerModule,
  projects: ProjectsWorkerModule,
  notifications: NotificationsWorkerModule,
  onboarding: OnboardingWorkerModule,
  webhooks: WebhooksWorkerModule,
  media: MediaWorkerModule,
};

/** The worker modules of the hosted modules, in MODULE_NAMES order. */
export function workerModulesOf(hosted: readonly ModuleName[]): Type[] {
  return MODULE_NAMES.filter((name) => hosted.includes(name)).flatMap(
    (name) => WORKER_MODULES[name] ?? [],
  );
}
