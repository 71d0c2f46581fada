import type { OutgoingMessage } from '../../../../infrastructure/mail/outgoing-message';

export interface InvitationMailInput {
  to: string;
  token: string;
  workspaceName: string;
  inviterEmail: string;
  role: string;
  expiresAt: Date;
  publicBaseUrl: string;
}

/** Workspace names are user input: one line, no control characters, before they reach a header. */
const oneLine = (text: string) => text.replace(/[\p{Cc}\p{Zl}\p{Zp}]+/gu, ' ').trim();

/**
 * The token travels only in the body, never in a URL: URLs end up in access logs, proxies and
 * browser history. A web front end would put it in a link's #fragment, which never reaches a server.
 */
export function invitationMail(input: InvitationMailInput): OutgoingMessage {
  const workspace = oneLine(input.workspaceName);
  const acceptUrl = `${input.publicBaseUrl.replace(/\/+$/, '')}/v1/invitations/accept`;
  return {
    to: input.to,
    subject: `You are invited to ${workspace} on tenfold`,
    text: [
      `${input.inviterEmail} invited you to the workspace "${workspace}" as ${input.role}.`,
      '',
      `Your invitation token: ${input.token}`,
      '',
      `To join, sign in (or sign up) as ${input.to} and send the token:`,
      `  POST ${acceptUrl}`,
      `  {"token": "${input.token}"}`,
      '',
      `The invitation expires at ${input.expiresAt.toISOString()} and works once.`,
      'If you did not expect it, ignore this mail.',
    ].join('\n'),
  };
}
