/**
 * What a rule decided for one request: a change to store, or nothing at all. Rules answer
 * "unchanged" themselves (completing a done task, archiving an archived project), so "no change,
 * no write, no event" is decided once, in the domain, and every handler only follows the answer.
 */
export type Transition<Changes> = Changed<Changes> | Unchanged;

/** A transition that other modules hear about: the change and the payload of its event. */
export type AnnouncedTransition<Changes, EventPayload> =
  (Changed<Changes> & { readonly eventPayload: EventPayload }) | Unchanged;

export interface Changed<Changes> {
  readonly kind: 'changed';
  /** The fields to set on the stored row, nothing else. */
  readonly changes: Changes;
}

export interface Unchanged {
  readonly kind: 'unchanged';
}

export const UNCHANGED: Unchanged = Object.freeze({ kind: 'unchanged' });
