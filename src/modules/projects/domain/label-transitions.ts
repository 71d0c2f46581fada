import type { LabelUpdatedPayload } from '../contracts/label-updated.event';
import { UNCHANGED, type AnnouncedTransition } from './transition';

export interface LabelState {
  readonly id: string;
  readonly name: string;
  /** `#rrggbb`, lower case. */
  readonly color: string;
}

export interface LabelPatch {
  readonly name?: string;
  readonly color?: string;
}

/**
 * Renames or recolours a label. Colours compare in lower case (`#FFAA00` is the stored
 * `#ffaa00`); a name differing only in case is a real rename (the label shows as written).
 */
export function updateLabel(
  label: LabelState,
  patch: LabelPatch,
): AnnouncedTransition<LabelPatch, LabelUpdatedPayload> {
  const name = patch.name ?? label.name;
  const color = patch.color?.toLowerCase() ?? label.color;
  const changes: LabelUpdatedPayload['changes'] = {};
  if (name !== label.name) changes.name = { from: label.name, to: name };
  if (color !== label.color) changes.color = { from: label.color, to: color };
  if (changes.name === undefined && changes.color === undefined) return UNCHANGED;
  return {
    kind: 'changed',
    changes: { name, color },
    eventPayload: { labelId: label.id, name, color, changes },
  };
}
