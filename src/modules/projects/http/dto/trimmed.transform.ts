import { Transform } from 'class-transformer';

/** Names and titles are stored without surrounding blanks, so "  " counts as empty. */
export const Trimmed = () =>
  Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value));
