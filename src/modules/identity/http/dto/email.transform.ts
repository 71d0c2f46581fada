import { Transform } from 'class-transformer';

/** Emails compare case-insensitively: stored and looked up trimmed and lower-cased. */
export const NormalizedEmail = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' ? value.trim().toLowerCase() : value,
  );
