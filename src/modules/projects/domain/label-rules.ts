/** Limits of workspace labels, shared by the entity, the DTOs and the rules. */
export const LABEL_NAME_MAX = 50;
/** Labels one task may carry: enough to classify, too few to turn labels into a tag cloud. */
export const TASK_LABELS_MAX = 20;
/** `#rrggbb`, stored in lower case so that `#FFAA00` and `#ffaa00` are one colour. */
export const LABEL_COLOR = /^#[0-9a-fA-F]{6}$/;
