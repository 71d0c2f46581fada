/**
 * The modules (src/modules/*) a process can host. HOSTED_MODULES picks from these; the names are
 * plain strings so that configuration needs no import from modules/ (src/app maps each to its
 * Nest modules in hosted-http-modules.ts and hosted-worker-modules.ts).
 */
export const MODULE_NAMES = [
  'system',
  'identity',
  'analytics',
  'projects',
  'billing',
  'notifications',
  'onboarding',
  'webhooks',
  'media',
] as const;

export type ModuleName = (typeof MODULE_NAMES)[number];
