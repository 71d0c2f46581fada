/** The checklist, in the order a client shows it. */
export const ONBOARDING_STEPS = [
  'create-workspace',
  'invite-member',
  'create-project',
  'connect-slack',
  'complete-task',
] as const;

export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];

/** What a closed step became; a step with neither is open. */
export type ClosedState = 'done' | 'skipped';
export type StepState = 'open' | ClosedState;

export function isOnboardingStep(value: unknown): value is OnboardingStep {
  return typeof value === 'string' && (ONBOARDING_STEPS as readonly string[]).includes(value);
}

export interface ChecklistStep {
  step: OnboardingStep;
  state: StepState;
  /** When the step was closed (ISO-8601); null while open. */
  at: string | null;
}

export interface OnboardingChecklist {
  steps: ChecklistStep[];
  /** No step is open. */
  completed: boolean;
  dismissed: boolean;
}

/** Field names of the Redis hash: `<step>` → done|skipped, `<step>:at` → ISO time. */
export const atField = (step: OnboardingStep) => `${step}:at`;
export const DISMISSED_FIELD = 'dismissed';

/** The checklist from the stored hash (HGETALL; an absent key is an empty hash). */
export function checklistOf(hash: Record<string, string>): OnboardingChecklist {
  const steps = ONBOARDING_STEPS.map((step): ChecklistStep => {
    const stored = hash[step];
    const state: StepState = stored === 'done' || stored === 'skipped' ? stored : 'open';
    return { step, state, at: state === 'open' ? null : (hash[atField(step)] ?? null) };
  });
  return {
    steps,
    completed: steps.every((s) => s.state !== 'open'),
    dismissed: hash[DISMISSED_FIELD] !== undefined,
  };
}
