'use strict';

const path = require('node:path');

const ROOT = path.resolve(__dirname, '..', '..');

/** The baseline server, bench/servers/bare-fastify.js. */
function bareFastify() {
  return {
    id: 'bare',
    label: 'bare fastify',
    script: path.join(ROOT, 'bench', 'servers', 'bare-fastify.js'),
    env: {},
    needs: [],
  };
}

/** The framework floor, bench/servers/bare-nest.js: NestJS on Fastify, global prefix, nothing else. */
function bareNest() {
  return {
    id: 'bare-nest',
    label: 'bare nest',
    script: path.join(ROOT, 'bench', 'servers', 'bare-nest.js'),
    env: {},
    needs: [],
  };
}

/**
 * Stand-ins for the external services (Slack's incoming webhooks, an FX API), with controls:
 * bench/servers/external-stub.js. Ready when GET /health answers.
 */
function externalStub() {
  return {
    id: 'stub',
    label: 'external-service stub',
    script: path.join(ROOT, 'bench', 'servers', 'external-stub.js'),
    env: {},
    needs: [],
  };
}

/**
 * tenfold's real web process from dist/, with its real request logging at logLevel; on the bench's
 * own Node unless `node` names another binary (the node-runtimes scenarios).
 */
function tenfoldWeb({ id, label, logLevel, env = {}, node }) {
  return {
    id,
    label,
    script: path.join(ROOT, 'dist', 'src', 'main.js'),
    env: { LOG_LEVEL: logLevel, HTTP_HOST: '127.0.0.1', ...env },
    node,
    needs: ['dist', 'stack'],
  };
}

/**
 * A worker from dist/: tenfold's own (dist/src/worker.js) or, with `script`, a bench variant of it.
 * It listens on WORKER_HTTP_PORT (start it with portVariable: 'WORKER_HTTP_PORT'). The transport is
 * pinned to in-process, whatever the shell says, so that consumers run inside this process.
 */
function tenfoldWorker({ id, label, env = {}, script }) {
  return {
    id,
    label,
    script: script ?? path.join(ROOT, 'dist', 'src', 'worker.js'),
    env: { LOG_LEVEL: 'info', HTTP_HOST: '127.0.0.1', EVENT_TRANSPORT: 'inprocess', ...env },
    portVariable: 'WORKER_HTTP_PORT',
    needs: ['dist', 'stack'],
  };
}

module.exports = { ROOT, bareFastify, bareNest, externalStub, tenfoldWeb, tenfoldWorker };
