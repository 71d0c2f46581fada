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

/** tenfold's real web process from dist/, with its real request logging at logLevel. */
function tenfoldWeb({ id, label, logLevel }) {
  return {
    id,
    label,
    script: path.join(ROOT, 'dist', 'src', 'main.js'),
    env: { LOG_LEVEL: logLevel, HTTP_HOST: '127.0.0.1' },
    needs: ['dist', 'stack'],
  };
}

module.exports = { ROOT, bareFastify, tenfoldWeb };
