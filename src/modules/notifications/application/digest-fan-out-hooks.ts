/**
 * A seam for tests (docs/NOTIFICATIONS.md, "Weekly digest"): the fan-out asks for this optional
 * provider, which production never binds. Tests bind it to choose a small batch size and to make an
 * attempt die at a chosen point, as a killed worker would.
 */
export const DIGEST_FAN_OUT_HOOKS = Symbol('DIGEST_FAN_OUT_HOOKS');

export type FanOutStep = 'enqueued' | 'recorded';

export interface DigestFanOutHooks {
  batchSize?: number;
  /** Called after each batch's mails are enqueued, and again after they are recorded. */
  after?(step: FanOutStep, batch: number, digestId: string): Promise<void>;
}
