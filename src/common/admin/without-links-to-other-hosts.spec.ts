import Fastify from 'fastify';

import { withoutLinksToOtherHosts } from './without-links-to-other-hosts';

describe('withoutLinksToOtherHosts', () => {
  const page = [
    '<head>',
    '<link href="https://fonts.googleapis.com/css2?family=IBM+Plex+Sans" rel="stylesheet">',
    "<link rel='stylesheet' href='//cdn.example.com/x.css'>",
    '<link href="static/css/main.css" rel="stylesheet"><link rel="icon" href="/favicon.ico">',
    '</head>',
  ].join('\n');

  async function served(type: string, body: string) {
    const app = Fastify();
    await app.register(async (scope) => {
      withoutLinksToOtherHosts(scope);
      scope.get('/page', (_request, reply) => reply.type(type).send(body));
    });
    const answer = await app.inject('/page');
    await app.close();
    return answer.body;
  }

  it('drops links to other hosts from an HTML page and keeps this origin’s', async () => {
    const html = await served('text/html; charset=utf-8', page);
    expect(html).not.toMatch(/googleapis|example\.com/);
    expect(html).toContain('<link href="static/css/main.css" rel="stylesheet">');
    expect(html).toContain('<link rel="icon" href="/favicon.ico">');
  });

  it('leaves answers that are not HTML as they are', async () => {
    expect(await served('text/plain', page)).toBe(page);
  });
});
