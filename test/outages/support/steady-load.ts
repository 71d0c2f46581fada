import { setTimeout as sleep } from 'node:timers/promises';

import type { Response, Test } from 'supertest';

/** One answer of the load, filed under the phase in which its request started. */
export interface Answer {
  phase: string;
  kind: string;
  /** Date.now() when the request was sent. */
  startedAt: number;
  /** 0: no answer within REQUEST_TIMEOUT_MS (a hang). */
  status: number;
  ms: number;
  retryAfter?: string;
  problemType?: string;
  /** The whole problem+json body of an error answer, as text. */
  problem?: string;
  readFrom?: string;
  /** The id of what a 201 created. */
  createdId?: string;
}

export interface LoadClient {
  kind: string;
  /** The next request of this client; `n` counts its requests. */
  send: (n: number) => Test;
}

/** Far above any timeout of the app: an answer this late is a hang. */
const REQUEST_TIMEOUT_MS = 10_000;

/**
 * A few clients, each sending one request at a time with a short pause in between: a steady,
 * bounded mix whose every answer is kept, by phase, for the test to count.
 */
export class SteadyLoad {
  private phase = 'warm-up';
  private readonly phaseStarts = new Map<string, number>();
  readonly answers: Answer[] = [];
  private running = true;
  private readonly loops: Promise<void>[];

  constructor(clients: LoadClient[], pauseMs: number) {
    this.loops = clients.map((client) => this.loop(client, pauseMs));
  }

  /** From now on, requests are filed under `phase`. */
  enter(phase: string): void {
    this.phase = phase;
    this.phaseStarts.set(phase, Date.now());
  }

  /** The answers of `phase` that arrived before `nextPhase` began. */
  answeredWithin(phase: string, nextPhase: string, kind?: string): Answer[] {
    const end = this.phaseStarts.get(nextPhase) ?? Infinity;
    return this.in(phase, kind).filter((answer) => answer.startedAt + answer.ms < end);
  }

  startOf(phase: string): number {
    const start = this.phaseStarts.get(phase);
    if (start === undefined) throw new Error(`no phase ${phase} yet`);
    return start;
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  in(phase: string, kind?: string): Answer[] {
    return this.answers.filter((a) => a.phase === phase && (kind === undefined || a.kind === kind));
  }

  /** e.g. { '201': 40, '503': 12 } */
  statusCounts(phase: string, kind?: string): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const { status } of this.in(phase, kind)) counts[status] = (counts[status] ?? 0) + 1;
    return counts;
  }

  private async loop(client: LoadClient, pauseMs: number): Promise<void> {
    for (let n = 0; this.running; n++) {
      const phase = this.phase;
      const started = Date.now();
      let response: Response | undefined;
      try {
        response = await client.send(n).timeout(REQUEST_TIMEOUT_MS);
      } catch (error) {
        // supertest rejects on a timeout (and on a refused connection); an HTTP status resolves.
        response = (error as { response?: Response }).response;
      }
      this.answers.push(answerOf(phase, client.kind, response, started));
      await sleep(pauseMs);
    }
  }
}

function answerOf(
  phase: string,
  kind: string,
  response: Response | undefined,
  startedAt: number,
): Answer {
  const ms = Date.now() - startedAt;
  if (!response) return { phase, kind, startedAt, status: 0, ms };
  const header = (name: string) => response.headers[name] as string | undefined;
  const body = response.body as { type?: string; id?: string } | undefined;
  return {
    phase,
    kind,
    startedAt,
    status: response.status,
    ms,
    retryAfter: header('retry-after'),
    problemType: response.status >= 400 ? body?.type : undefined,
    problem: response.status >= 400 ? response.text : undefined,
    readFrom: header('x-read-from'),
    createdId: response.status === 201 ? body?.id : undefined,
  };
}
