// One user's whole first session, driven through the public API as a client would: sign up, log
// in, invite a colleague (who signs up, verifies the address and accepts, from the mails), create a
// project and tasks, connect Slack, complete a task, upload an image and fetch its thumbnail, and
// follow onboarding to completion.
// Used by test/scaling (answers compared between one instance and several) and by
// `npm run bench scale` (durations).

import { setTimeout as sleep } from 'node:timers/promises';

import sharp from 'sharp';

import { register, signedIn, signUp, uniqueEmail } from './accounts';
import { type ApiAnswer, type ApiClient, type ApiRequest, apiOver, apiOverUrl } from './api-client';

export { PASSWORD } from './accounts';

const SINK_API = process.env.SMTP_SINK_API ?? 'http://127.0.0.1:58025';

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

export interface JourneyOptions {
  /** The balancer, or one web instance. */
  baseUrl: string;
  /** Where the workspace's Slack messages go (a stub). */
  slackWebhookUrl: string;
  /** Part of the emails, to tell journeys apart. */
  label?: string;
  /** Longest wait for background work (mail, image, onboarding). */
  waitMs?: number;
}

// The answers are untyped JSON (ApiClient); these are the fields the journey reads.
interface Created {
  id: string;
}
interface Upload {
  attachmentId: string;
}
interface Attachment {
  status: string;
  thumbnail: { url: string };
}
interface Onboarding {
  completed: boolean;
}

export async function runJourney({
  baseUrl,
  slackWebhookUrl,
  label = 'journey',
  waitMs = 30_000,
}: JourneyOptions): Promise<JourneyResult> {
  const client = new JourneyClient(baseUrl);
  const started = Date.now();

  // Unverified: logging in does not need it, and the owner's invitation does not either.
  const owner = await signUp(client.api, `${label}-owner`, {
    verified: false,
    workspaceName: 'Journey workspace',
  });
  client.record('sign up and log in', 200, owner);
  client.token = owner.token;
  await client.step('who am I', 'GET', '/v1/me');
  const ws = `/v1/workspaces/${owner.workspaceId}`;

  const colleagueEmail = uniqueEmail(`${label}-colleague`);
  await client.step('invite a colleague', 'POST', `${ws}/invitations`, {
    body: { email: colleagueEmail, role: 'member' },
  });
  const token = await waitFor('the invitation mail', waitMs, () =>
    mailedToken(colleagueEmail, 'invitation token'),
  );
  await register(client.api, colleagueEmail, 'Colleague workspace');
  client.record('colleague signs up', 202, null);
  // Only a verified address may take an invitation: the colleague follows the verification mail.
  const verification = await waitFor('the verification mail', waitMs, () =>
    mailedToken(colleagueEmail, 'verification token'),
  );
  await client.step('colleague verifies the address', 'POST', '/v1/auth/verify-email', {
    body: { token: verification },
    token: null,
  });
  const colleague = await signedIn(client.api, colleagueEmail);
  client.record('colleague logs in', 200, colleague);
  await client.step('colleague accepts', 'POST', '/v1/invitations/accept', {
    body: { token },
    token: colleague.token,
  });
  await client.step('members', 'GET', `${ws}/members`);

  const project = await client.step<Created>('create a project', 'POST', `${ws}/projects`, {
    body: { name: 'Launch', description: 'Everything for the launch' },
  });
  const tasks = `${ws}/projects/${project.body.id}/tasks`;
  const first = await client.step<Created>('create a task', 'POST', tasks, {
    body: { title: 'Draft the launch post' },
  });
  await client.step('create another task', 'POST', tasks, { body: { title: 'Book the room' } });
  await client.step('list the tasks', 'GET', tasks);
  await client.step('connect Slack', 'PUT', `${ws}/integrations/slack`, {
    body: { webhookUrl: slackWebhookUrl },
  });
  const task = `${ws}/tasks/${first.body.id}`;
  await client.step('complete the task', 'POST', `${task}/complete`);
  await client.step('read the task', 'GET', task);

  const upload = await client.step<Upload>(
    'upload an image',
    'POST',
    `${task}/attachments/upload?fileName=cover.png`,
    { body: await imageBytes(), headers: { 'content-type': 'image/png' } },
  );
  const attachment = `${task}/attachments/${upload.body.attachmentId}`;
  const ready = await client.waitForStep<Attachment>('image ready', attachment, waitMs, (body) =>
    ['ready', 'failed'].includes(body.status),
  );
  const thumbnail = await fetch(ready.body.thumbnail.url);
  const bytes = Buffer.from(await thumbnail.arrayBuffer());
  const { width, height, format } = await sharp(bytes).metadata();
  client.record('fetch the thumbnail', thumbnail.status, { width, height, format });

  await client.waitForStep<Onboarding>(
    'onboarding complete',
    `${ws}/onboarding`,
    waitMs,
    (body) => body.completed === true,
  );
  return { answers: client.answers, requests: client.requests, durationMs: Date.now() - started };
}

/** The token labelled so in any mail to the address in the SMTP sink, once one arrived. */
async function mailedToken(address: string, label: string): Promise<string | undefined> {
  const response = await fetch(`${SINK_API}/messages?to=${encodeURIComponent(address)}`);
  const mails = (await response.json()) as { text?: string }[];
  const pattern = new RegExp(`${label}: ([A-Za-z0-9_-]{43})`);
  return mails.map((mail) => pattern.exec(mail.text ?? '')?.[1]).find(Boolean);
}

async function waitFor<T>(
  what: string,
  timeoutMs: number,
  probe: () => Promise<T | undefined>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what} after ${timeoutMs} ms`);
    await sleep(50);
  }
}

/**
 * A noisy 640×480 PNG, so that it does not compress to nothing; the same bytes every run (a fixed
 * linear congruential sequence), so that sizes in the answers compare equal. Encoded once: the
 * bench runs hundreds of journeys.
 */
let encodedImage: Promise<Buffer> | undefined;
function imageBytes(): Promise<Buffer> {
  encodedImage ??= encodeImage();
  return encodedImage;
}

function encodeImage(): Promise<Buffer> {
  const pixels = Buffer.alloc(640 * 480 * 3);
  let state = 42;
  for (let index = 0; index < pixels.length; index += 1) {
    state = (state * 1_103_515_245 + 12_345) >>> 0;
    pixels[index] = state >>> 24;
  }
  return sharp(pixels, { raw: { width: 640, height: 480, channels: 3 } })
    .png()
    .toBuffer();
}

/** The journey's API client: records every request, and each step's answer normalised. */
export class JourneyClient {
  token: string | null = null;
  /** Per step: { step, status, body } with volatile values replaced (normalise below). */
  readonly answers: JourneyAnswer[] = [];
  /** Every request to the API: { method, path, status, upstream, ms }. */
  readonly requests: JourneyRequest[] = [];
  /** Every API request goes through here, the sign-up client's too, so that all are recorded. */
  readonly api: ApiClient;
  private readonly names = new Map<string, string>();

  constructor(baseUrl: string) {
    this.api = recording(apiOverUrl(baseUrl), this.requests);
  }

  /** One request whose answer must be a success; recorded. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- untyped JSON answers (api-client.ts)
  async step<T = any>(
    name: string,
    method: string,
    path: string,
    request: ApiRequest = {},
  ): Promise<ApiAnswer<T>> {
    const answer = await this.send<T>(method, path, request);
    this.record(name, answer.status, answer.body);
    if (answer.status >= 300) {
      throw new Error(`${name}: ${method} ${path} answered ${answer.status} ${answer.text}`);
    }
    return answer;
  }

  /** GETs `path` until `done(body)`; records only the last answer. */
  async waitForStep<T>(
    name: string,
    path: string,
    timeoutMs: number,
    done: (body: T) => boolean,
  ): Promise<ApiAnswer<T>> {
    const answer = await waitFor(name, timeoutMs, async () => {
      const polled = await this.send<T>('GET', path);
      if (polled.status !== 200) throw new Error(`${name}: GET ${path} answered ${polled.status}`);
      return done(polled.body) ? polled : undefined;
    });
    this.record(name, answer.status, answer.body);
    return answer;
  }

  record(step: string, status: number, body: unknown): void {
    this.answers.push({ step, status, body: this.normalise(body) });
  }

  private send<T>(method: string, path: string, request: ApiRequest = {}): Promise<ApiAnswer<T>> {
    return this.api.request<T>(method, path, {
      ...request,
      token: request.token === undefined ? this.token : request.token,
    });
  }

  /**
   * Ids, times, tokens, emails and URLs differ between runs; each distinct value becomes a
   * numbered placeholder in order of appearance, so answers can be compared between runs and a
   * changed reference (the wrong id somewhere) still shows.
   */
  private normalise(value: unknown): unknown {
    if (Array.isArray(value)) return value.map((item) => this.normalise(item));
    if (value && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [
          this.normaliseKey(key),
          key === 'token' ? '<token>' : this.normalise(item),
        ]),
      );
    }
    if (typeof value !== 'string') return value;
    for (const [kind, pattern] of VOLATILE) {
      if (pattern.test(value)) return this.placeholder(kind, value);
    }
    return value;
  }

  /** Memberships are keyed by workspace id. */
  private normaliseKey(key: string): string {
    return UUID.test(key) ? this.placeholder('uuid', key) : key;
  }

  private placeholder(kind: string, value: string): string {
    if (kind === 'time' || kind === 'url') return `<${kind}>`;
    let name = this.names.get(value);
    if (name === undefined) {
      name = `<${kind}:${this.names.size + 1}>`;
      this.names.set(value, name);
    }
    return name;
  }
}

/** `api`, with each request's method, path, status, answering upstream and duration kept. */
function recording(api: ApiClient, requests: JourneyRequest[]): ApiClient {
  return apiOver(async (method, path, request) => {
    const started = performance.now();
    const answer = await api.request(method, path, request);
    requests.push({
      method,
      path,
      status: answer.status,
      upstream: answer.headers['x-upstream'] ?? null,
      ms: performance.now() - started,
    });
    return answer;
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const VOLATILE: [string, RegExp][] = [
  ['uuid', UUID],
  ['time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/],
  ['url', /^https?:\/\//],
  ['email', /^[^@\s]+@example\.test$/],
  ['job', /^[a-z]+\.[0-9a-f]{8}-[0-9a-f]{4}-/],
  ['location', /^\/v1\//],
];
