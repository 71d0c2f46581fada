import { inboxMail, MAX_LISTED_ITEMS, type MailedItem } from './inbox-mail';

const assigned = (n: number): MailedItem => ({
  kind: 'assigned',
  workspaceId: 'w1',
  taskId: `t${n}`,
  subject: { taskTitle: `Task ${n}` },
});

describe('inboxMail', () => {
  it('names every task of the batch in one mail, with a link each', () => {
    const mail = inboxMail([assigned(1), assigned(2)], 'https://tf.example');
    expect(mail.subject).toBe('tenfold: 2 new notifications');
    expect(mail.text).toContain(
      'Assigned to you: "Task 1" (https://tf.example/v1/workspaces/w1/tasks/t1)',
    );
    expect(mail.text).toContain('"Task 2"');
  });

  it('says what one item is in the subject, and keeps titles on one line', () => {
    const mail = inboxMail(
      [
        {
          kind: 'mention',
          workspaceId: 'w',
          taskId: 't',
          subject: { taskTitle: 'a\r\nb', excerpt: 'hi' },
        },
      ],
      'http://x',
    );
    expect(mail.subject).toBe('tenfold: You were mentioned');
    expect(mail.text).toContain('"a b" — hi');
  });

  it('lists at most MAX_LISTED_ITEMS and counts the rest', () => {
    const items = Array.from({ length: MAX_LISTED_ITEMS + 3 }, (_, i) => assigned(i));
    const mail = inboxMail(items, 'http://x');
    expect(mail.text).toContain('… and 3 more.');
    expect(mail.text).not.toContain(`"Task ${MAX_LISTED_ITEMS}"`);
  });
});
