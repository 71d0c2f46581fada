import { isPlanId, PLAN_IDS, usdCentsOf } from './plans';

describe('plan catalogue', () => {
  it('prices each plan in whole USD cents per seat-month', () => {
    expect(usdCentsOf('free')).toBe(0);
    expect(usdCentsOf('team')).toBe(1200);
    expect(usdCentsOf('business')).toBe(3000);
    for (const plan of PLAN_IDS) expect(Number.isInteger(usdCentsOf(plan))).toBe(true);
  });

  it('knows its own plans and nothing else', () => {
    expect(PLAN_IDS).toEqual(['free', 'team', 'business']);
    expect(isPlanId('team')).toBe(true);
    expect(isPlanId('enterprise')).toBe(false);
    expect(isPlanId('toString')).toBe(false);
    expect(isPlanId(undefined)).toBe(false);
  });
});
