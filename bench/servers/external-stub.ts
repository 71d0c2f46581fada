// Stand-ins for the external services of the resilience bench, in one process on loopback:
// Slack's incoming webhooks (POST /services/...) and an FX API in Frankfurter's format
// (GET /fx/latest?base=USD&symbols=EUR). POST /_control sets each one's behaviour
// ({"slack": {"delayMs": 2000}, "fx": {"status": 500}} or {"fx": {"hang": true}}); GET /_stats
// counts the requests each got; POST /_stats/reset zeroes them.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

type Service = 'slack' | 'fx';
interface Behaviour {
  status?: number;
  delayMs?: number;
  hang?: boolean;
}

const SERVICES: Service[] = ['slack', 'fx'];
const behaviour: Record<Service, Behaviour> = { slack: { status: 200 }, fx: { status: 200 } };
const counts: Record<Service, number> = { slack: 0, fx: 0 };

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

function fxAnswer(url: URL) {
  const symbols = (url.searchParams.get('symbols') ?? 'EUR').split(',');
  const rates = Object.fromEntries(symbols.map((symbol, i) => [symbol, 0.9 + i / 100]));
  return { amount: 1, base: 'USD', date: new Date().toISOString().slice(0, 10), rates };
}

async function serve(response: ServerResponse, name: Service, answer: () => void): Promise<void> {
  counts[name]++;
  const how = behaviour[name];
  if (how.delayMs) await new Promise((resolve) => setTimeout(resolve, how.delayMs));
  if (how.hang) return; // answered never; the caller's timeout acts
  const status = how.status ?? 200;
  if (status >= 400) return json(response, status, { error: 'stub failure' });
  answer();
}

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://stub');
  const body = await readBody(request);
  if (url.pathname === '/health') return json(response, 200, { status: 'ok' });
  if (url.pathname === '/_stats') return json(response, 200, counts);
  if (url.pathname === '/_stats/reset') {
    counts.slack = 0;
    counts.fx = 0;
    return json(response, 200, counts);
  }
  if (url.pathname === '/_control') {
    const change = JSON.parse(body || '{}') as Partial<Record<Service, Behaviour>>;
    for (const name of SERVICES) {
      const next = change[name];
      if (next) behaviour[name] = next;
    }
    return json(response, 200, behaviour);
  }
  if (url.pathname.startsWith('/services/')) {
    return serve(response, 'slack', () => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      response.end('ok');
    });
  }
  if (url.pathname === '/fx/latest') {
    return serve(response, 'fx', () => json(response, 200, fxAnswer(url)));
  }
  return json(response, 404, { error: 'not found' });
});

server.listen(Number(process.env.HTTP_PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
