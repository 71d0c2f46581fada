import type { FastifyInstance } from 'fastify';

/** A `<link>` whose href is an absolute or protocol-relative URL: a request to another host. */
const LINK_TO_ANOTHER_HOST = /<link\b[^>]*\bhref\s*=\s*["']?(?:https?:)?\/\/[^>]*>\s*/gi;

/**
 * Drops every `<link>` to another host from the HTML pages of `scope`. bull-board's page template
 * asks Google's font server for its typeface, which would tell a third party when an admin opens
 * the dashboard (and the CSP refuses it anyway); without it the page renders in the fallback
 * fonts its own CSS names. Scoped to the plugin's encapsulated context, and only HTML strings are
 * looked at: its scripts, styles and API answers pass untouched.
 */
export function withoutLinksToOtherHosts(scope: FastifyInstance): void {
  scope.addHook('onSend', (_request, reply, payload, done) => {
    const html =
      typeof payload === 'string' && /^text\/html/i.test(String(reply.getHeader('content-type')));
    done(null, html ? payload.replace(LINK_TO_ANOTHER_HOST, '') : payload);
  });
}
