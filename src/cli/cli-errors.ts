/** Bad arguments: the message and the command's usage go to stderr, exit code 2. */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

/** The command understood the request and declines it (unknown user, key still in use): exit 1. */
export class CliRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliRefusal';
  }
}

export const EXIT = { ok: 0, refused: 1, usage: 2, failed: 3 } as const;
