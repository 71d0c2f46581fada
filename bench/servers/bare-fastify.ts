// The baseline: a bare Fastify hello-world, same Fastify as tenfold, no logger, no hooks.
// Answers GET /health/live with the same body as tenfold. Port from HTTP_PORT (set by the harness).
import Fastify from 'fastify';

const fastify = Fastify({ logger: false });

fastify.get('/health/live', async () => ({ status: 'ok' }));

fastify.listen({ host: '127.0.0.1', port: Number(process.env.HTTP_PORT) }).catch((error: Error) => {
  console.error(`bare-fastify failed to start: ${error.message}`);
  process.exit(1);
});

const close = () => fastify.close().then(() => process.exit(0));
process.once('SIGTERM', close);
process.once('SIGINT', close);
