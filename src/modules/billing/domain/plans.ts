/** The plans on offer, priced in USD cents per seat and month (integers: no float in money). */
export const PLANS = {
  free: { usdCentsPerSeatMonth: 0 },
  team: { usdCentsPerSeatMonth: 12_00 },
  business: { usdCentsPerSeatMonth: 30_00 },
} as const satisfies Record<string, { usdCentsPerSeatMonth: number }>;

export type PlanId = keyof typeof PLANS;

export const PLAN_IDS = Object.keys(PLANS) as PlanId[];

export function isPlanId(value: unknown): value is PlanId {
  return typeof value === 'string' && Object.hasOwn(PLANS, value);
}

export function usdCentsOf(plan: PlanId): number {
  return PLANS[plan].usdCentsPerSeatMonth;
}
