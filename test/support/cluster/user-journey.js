'use strict';

// One user's whole first session, driven through the public API as a client would: sign up, log
// in, invite a colleague (who signs up, verifies the address and accepts, from the mails), create a
// project and tasks, connect Slack, complete a task, upload an image and fetch its thumbnail, and
// follow onboarding to completion.
// Used by test/scaling (answers compared between one instance and several) and by
// `npm run bench scale` (durations). Plain JavaScript, for the same reason as the balancer.

const { randomBytes } = require('node:crypto');
const { setTimeout: sleep } = require('node:timers/promises');

const sharp = require('sharp');

const PASSWORD = 'violet-otter-42-lamp';
const SINK_API = process.env.SMTP_SINK_API ?? 'http://127.0.0.1:58025';

/**
 * @param {object} options
 * @param {string} options.baseUrl the balancer, or one web instance
 * @param {string} options.slackWebhookUrl where the workspace's Slack messages go (a stub)
 * @param {string} [options.label] part of the emails, to tell journeys apart
 * @param {number} [options.waitMs] longest wait for background work (mail, image, onboarding)
 * @returns {Promise<{ answers: object[], requests: object[], durationMs: number }>}
 */
async function runJourney({ baseUrl, slackWebhookUrl, label = 'journey', waitMs = 30_000 }) {
  const client = new JourneyClient(baseUrl);
  const started = Date.now();
  const tag = randomBytes(4).toString('hex');
  const owner = { email: `${label}-owner-${tag}@example.test` };
  const colleague = { email: `${label}-colleague-${tag}@example.test` };

  // Sign-up signs nobody in (it answers the same for taken addresses): log in after it.
  await client.step('sign up', 'POST', '/v1/auth/sign-up', {
    body: { email: owner.email, password: PASSWORD, workspaceName: 'Journey workspace' },
  });
  const login = await client.step('log in', 'POST', '/v1/auth/login', {
    body: { email: owner.email, password: PASSWORD },
  });
  const workspaceId = Object.keys(login.body.memberships)[0];
  client.token = login.body.session.token;
  await client.step('who am I', 'GET', '/v1/me');
  const ws = `/v1/workspaces/${workspaceId}`;

  await client.step('invite a colleague', 'POST', `${ws}/invitations`, {
    body: { email: colleague.email, role: 'member' },
  });
  const token = await client.waitFor('the invitation mail', waitMs, () =>
    mailedToken(colleague.email, 'invitation token'),
  );
  await client.step('colleague signs up', 'POST', '/v1/auth/sign-up', {
    body: { email: colleague.email, password: PASSWORD, workspaceName: 'Colleague workspace' },
    token: null,
  });
  // Only a verified address may take an invitation: the colleague follows the verification mail.
  const verification = await client.waitFor('the verification mail', waitMs, () =>
    mailedToken(colleague.email, 'verification token'),
  );
  await client.step('colleague verifies the address', 'POST', '/v1/auth/verify-email', {
    body: { token: verification },
    token: null,
  });
  const invitee = await client.step('colleague logs in', 'POST', '/v1/auth/login', {
    body: { email: colleague.email, password: PASSWORD },
    token: null,
  });
  await client.step('colleague accepts', 'POST', '/v1/invitations/accept', {
    body: { token },
    token: invitee.body.session.token,
  });
  await client.step('members', 'GET', `${ws}/members`);

  const project = await client.step('create a project', 'POST', `${ws}/projects`, {
    body: { name: 'Launch', description: 'Everything for the launch' },
  });
  const tasks = `${ws}/projects/${project.body.id}/tasks`;
  const first = await client.step('create a task', 'POST', tasks, {
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

  const upload = await client.step(
    'upload an image',
    'POST',
    `${task}/attachments/upload?fileName=cover.png`,
    { raw: await imageBytes(), contentType: 'image/png' },
  );
  const attachment = `${task}/attachments/${upload.body.attachmentId}`;
  const ready = await client.waitForStep('image ready', attachment, waitMs, (body) =>
    ['ready', 'failed'].includes(body.status),
  );
  const thumbnail = await fetch(ready.body.thumbnail.url);
  const bytes = Buffer.from(await thumbnail.arrayBuffer());
  const { width, height, format } = await sharp(bytes).metadata();
  client.record('fetch the thumbnail', thumbnail.status, { width, height, format });

  await client.waitForStep('onboarding complete', `${ws}/onboarding`, waitMs, (body) => {
    return body.completed === true;
  });
  return { answers: client.answers, requests: client.requests, durationMs: Date.now() - started };
}

/** The token labelled so in any mail to the address in the SMTP sink, once one arrived. */
async function mailedToken(address, label) {
  const mails = await (
    await fetch(`${SINK_API}/messages?to=${encodeURIComponent(address)}`)
  ).json();
  const pattern = new RegExp(`${label}: ([A-Za-z0-9_-]{43})`);
  return mails.map((mail) => pattern.exec(mail.text ?? '')?.[1]).find(Boolean);
}

/**
 * A noisy 640×480 PNG, so that it does not compress to nothing; the same bytes every run (a fixed
 * linear congruential sequence), so that sizes in the answers compare equal.
 */
function imageBytes() {
  imageBytes.encoded ??= encodeImage(); // the bench runs hundreds of journeys: encode once
  return imageBytes.encoded;
}

function encodeImage() {
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

class JourneyClient {
  constructor(baseUrl) {
    this.baseUrl = baseUrl;
    this.token = null;
    /** Per step: { step, status, body } with volatile values replaced (normalise below). */
    this.answers = [];
    /** Every request to the API: { method, path, status, upstream, ms }. */
    this.requests = [];
    this.names = new Map();
  }

  async send(method, path, { body, raw, contentType, token = this.token } = {}) {
    const headers = {};
    if (token) headers.authorization = `Bearer ${token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (raw !== undefined) headers['content-type'] = contentType;
    const started = performance.now();
    const response = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers,
      body: raw ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    const text = await response.text();
    this.requests.push({
      method,
      path,
      status: response.status,
      upstream: response.headers.get('x-upstream'),
      ms: performance.now() - started,
    });
    return { status: response.status, body: text ? JSON.parse(text) : null };
  }

  /** One request whose answer must be a success; recorded. */
  async step(name, method, path, options) {
    const answer = await this.send(method, path, options);
    this.record(name, answer.status, answer.body);
    if (answer.status >= 300) {
      throw new Error(
        `${name}: ${method} ${path} answered ${answer.status} ${JSON.stringify(answer.body)}`,
      );
    }
    return answer;
  }

  /** GETs `path` until `done(body)`; records only the last answer. */
  async waitForStep(name, path, timeoutMs, done) {
    const answer = await this.waitFor(name, timeoutMs, async () => {
      const polled = await this.send('GET', path);
      if (polled.status !== 200) throw new Error(`${name}: GET ${path} answered ${polled.status}`);
      return done(polled.body) ? polled : undefined;
    });
    this.record(name, answer.status, answer.body);
    return answer;
  }

  async waitFor(what, timeoutMs, probe) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = await probe();
      if (found !== undefined) return found;
      if (Date.now() > deadline)
        throw new Error(`gave up waiting for ${what} after ${timeoutMs} ms`);
      await sleep(50);
    }
  }

  record(step, status, body) {
    this.answers.push({ step, status, body: this.normalise(body) });
  }

  /**
   * Ids, times, tokens, emails and URLs differ between runs; each distinct value becomes a
   * numbered placeholder in order of appearance, so answers can be compared between runs and a
   * changed reference (the wrong id somewhere) still shows.
   */
  normalise(value) {
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
  normaliseKey(key) {
    return VOLATILE[0][1].test(key) ? this.placeholder('uuid', key) : key;
  }

  placeholder(kind, value) {
    if (kind === 'time' || kind === 'url') return `<${kind}>`;
    if (!this.names.has(value)) this.names.set(value, `<${kind}:${this.names.size + 1}>`);
    return this.names.get(value);
  }
}

const VOLATILE = [
  ['uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i],
  ['time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:?\d{2})$/],
  ['url', /^https?:\/\//],
  ['email', /^[^@\s]+@example\.test$/],
  ['job', /^[a-z]+\.[0-9a-f]{8}-[0-9a-f]{4}-/],
  ['location', /^\/v1\//],
];

module.exports = { runJourney, PASSWORD };
