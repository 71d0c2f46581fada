import { randomBytes } from 'node:crypto';

import type { Queue } from 'bullmq';

import type { AppConfig } from '../config/app-config';
import { SecretBox, UnreadableSecret } from '../secrets/secret-box';
import { messageIdFor } from './message-id';
import { OutgoingMail } from './outgoing-mail';
import { MAX_BODY_BYTES, type OutgoingMessage } from './outgoing-message';
import type { RecipientOrder } from './recipient-order';
import { openMessage } from './sealed-message';
import { SEND_EMAIL_JOB, type SendEmailJobData } from './send-email-job';

describe('OutgoingMail', () => {
  const add = jest.fn().mockResolvedValue(undefined);
  const box = new SecretBox({
    secrets: { keys: [{ id: 'k1', key: randomBytes(32).toString('base64') }] },
  } as AppConfig);
  const enlist = jest.fn().mockResolvedValue(undefined);
  const mail = new OutgoingMail({ add } as unknown as Queue, box, {
    enlist,
  } as unknown as RecipientOrder);
  const message: OutgoingMessage = { to: 'bob@example.test', subject: 'Hi', text: 'Hello' };
  const enqueued = (call = 0) => add.mock.calls[call][1] as SendEmailJobData;

  afterEach(() => {
    add.mockClear();
    enlist.mockClear();
  });

  it('enqueues a send-email job carrying only the message fields, under a new uuid', async () => {
    const extra = { ...message, html: '<p>Hello</p>', bcc: 'eve@example.test' };
    const { jobId } = await mail.send(extra);
    expect(jobId).toMatch(/^[0-9a-f-]{36}$/);
    expect(add).toHaveBeenCalledWith(SEND_EMAIL_JOB, expect.any(Object), { jobId });
    expect(openMessage(box, jobId, enqueued())).toEqual({
      to: 'bob@example.test',
      subject: 'Hi',
      text: 'Hello',
      html: '<p>Hello</p>',
    });
  });

  it('seals subject and bodies in the job data, bound to the job id: only the recipient shows', async () => {
    const secret = 'token-3f9a7c-do-not-store';
    const { jobId } = await mail.send({
      ...message,
      subject: `Subject ${secret}`,
      text: `Your token: ${secret}`,
      html: `<p>${secret}</p>`,
    });
    const data = enqueued();
    expect(Object.keys(data).sort()).toEqual(['sealed', 'to']);
    expect(data.to).toBe('bob@example.test');
    expect(JSON.stringify(data)).not.toContain(secret);
    expect(JSON.stringify(data)).not.toContain('Your token');
    expect(openMessage(box, jobId, data).text).toBe(`Your token: ${secret}`);
    expect(() => openMessage(box, 'another-job', data)).toThrow(UnreadableSecret);
  });

  it('still reads a job enqueued before sealing existed', () => {
    expect(openMessage(box, 'old-job', { message })).toEqual(message);
  });

  it('enlists the mail in its recipient’s order before the job exists', async () => {
    add.mockImplementationOnce(() => {
      expect(enlist).toHaveBeenCalledWith('bob@example.test', expect.any(String));
      return Promise.resolve(undefined);
    });
    const { jobId } = await mail.send(message);
    expect(enlist).toHaveBeenCalledWith('bob@example.test', jobId);
  });

  it('uses the caller’s job id, so enqueueing the same mail twice is a no-op', async () => {
    await expect(mail.send(message, { jobId: 'welcome-42' })).resolves.toEqual({
      jobId: 'welcome-42',
    });
    expect(add.mock.calls[0][2]).toEqual({ jobId: 'welcome-42' });
  });

  it.each([
    ['no @', { to: 'bob.example.test' }],
    ['a display name', { to: 'Bob <bob@example.test>' }],
    ['two addresses', { to: 'bob@example.test, eve@example.test' }],
    ['a domain without a dot', { to: 'bob@localhost' }],
    ['spaces', { to: ' bob@example.test' }],
    ['an empty subject', { subject: ' ' }],
    ['a subject with a line break', { subject: 'Hi\r\nBcc: eve@example.test' }],
    ['an empty text', { text: '' }],
    ['a non-string html', { html: 42 as unknown as string }],
    ['a blob-sized body', { text: 'x'.repeat(MAX_BODY_BYTES + 1) }],
  ])('throws for %s, without enqueueing or echoing the value', async (_, change) => {
    const attempt = mail.send({ ...message, ...change });
    await expect(attempt).rejects.toThrow(/^OutgoingMail: /);
    await expect(attempt).rejects.not.toThrow(/example\.test/);
    expect(add).not.toHaveBeenCalled();
    expect(enlist).not.toHaveBeenCalled();
  });

  it.each(['has:colon', '12345', '-leading', 'a'.repeat(129), ''])(
    'throws for the job id %j',
    async (jobId) => {
      await expect(mail.send(message, { jobId })).rejects.toThrow(/jobId/);
      expect(add).not.toHaveBeenCalled();
    },
  );

  it('accepts ordinary and international addresses', async () => {
    for (const to of ['a.b+tag@mail.example.co.uk', 'jörg@bücher.example', "o'neil@x-y.example"]) {
      await expect(mail.send({ ...message, to })).resolves.toBeDefined();
    }
  });
});

describe('messageIdFor', () => {
  it('puts the job id at the sender’s domain', () => {
    expect(messageIdFor('job-1', 'tenfold <no-reply@tenfold.example>')).toBe(
      '<job-1@tenfold.example>',
    );
    expect(messageIdFor('job-1', 'no-reply@mail.example')).toBe('<job-1@mail.example>');
    expect(messageIdFor('job-1', 'tenfold')).toBe('<job-1@tenfold.local>');
  });
});
