import { commentRecipients } from './comment-recipients';

describe('commentRecipients', () => {
  it('tells the assignee and the creator of a comment, never its author', () => {
    expect(
      commentRecipients({ authorId: 'a', mentionedUserIds: [], taskParties: ['b', 'a', null] }),
    ).toEqual([{ userId: 'b', kind: 'comment' }]);
  });

  it('gives a mentioned assignee one mention and no comment, and names each user once', () => {
    expect(
      commentRecipients({ authorId: 'a', mentionedUserIds: ['b', 'c'], taskParties: ['b', 'b'] }),
    ).toEqual([
      { userId: 'b', kind: 'mention' },
      { userId: 'c', kind: 'mention' },
    ]);
  });

  it('does not mention authors to themselves', () => {
    expect(commentRecipients({ authorId: 'a', mentionedUserIds: ['a'], taskParties: [] })).toEqual(
      [],
    );
  });
});
