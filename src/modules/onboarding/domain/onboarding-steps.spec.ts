import { checklistOf, isOnboardingStep, ONBOARDING_STEPS } from './onboarding-steps';

describe('onboarding checklist', () => {
  it('shows every step open for an absent hash', () => {
    const checklist = checklistOf({});
    expect(checklist.steps.map((s) => s.step)).toEqual([...ONBOARDING_STEPS]);
    expect(checklist.steps.every((s) => s.state === 'open' && s.at === null)).toBe(true);
    expect(checklist).toMatchObject({ completed: false, dismissed: false });
  });

  it('is completed when no step is open, done or skipped alike', () => {
    const at = '2026-01-01T00:00:00.000Z';
    const hash = Object.fromEntries(
      ONBOARDING_STEPS.flatMap((step, i) => [
        [step, i % 2 ? 'skipped' : 'done'],
        [`${step}:at`, at],
      ]),
    );
    expect(checklistOf(hash).completed).toBe(true);
    expect(checklistOf({ ...hash, 'complete-task': 'bogus' }).completed).toBe(false);
    expect(checklistOf({ ...hash, dismissed: at }).dismissed).toBe(true);
  });

  it('knows its steps and nothing else', () => {
    expect(isOnboardingStep('connect-slack')).toBe(true);
    expect(isOnboardingStep('launch-rocket')).toBe(false);
    expect(isOnboardingStep(3)).toBe(false);
  });
});
