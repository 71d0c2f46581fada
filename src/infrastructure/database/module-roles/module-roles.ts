/**
 * The modules that own a Postgres schema, each with a role of its own (migration
 * 1795593000000-create-module-roles.ts). The schema, the role and the module share one name.
 */
export const MODULES_WITH_A_ROLE = [
  'analytics',
  'billing',
  'identity',
  'media',
  'notifications',
  'onboarding',
  'projects',
  'system',
  'webhooks',
] as const;

export type ModuleWithARole = (typeof MODULES_WITH_A_ROLE)[number];

export function isModuleWithARole(name: string): name is ModuleWithARole {
  return (MODULES_WITH_A_ROLE as readonly string[]).includes(name);
}

export function roleOfModule(module: ModuleWithARole): string {
  return `tenfold_${module}`;
}
