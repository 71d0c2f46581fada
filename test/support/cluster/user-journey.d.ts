export interface JourneyAnswer {
  step: string;
  status: number;
  /** The answer's body with ids, times, tokens, emails and URLs replaced by placeholders. */
  body: unknown;
}

export interface JourneyRequest {
  method: string;
  path: string;
  status: number;
  /** X-Upstream: which web instance answered (null without the balancer). */
  upstream: string | null;
  ms: number;
}

export interface JourneyResult {
  answers: JourneyAnswer[];
  requests: JourneyRequest[];
  durationMs: number;
}

export function runJourney(options: {
  baseUrl: string;
  slackWebhookUrl: string;
  label?: string;
  waitMs?: number;
}): Promise<JourneyResult>;

export const PASSWORD: string;
