'use strict';

const http = require('node:http');

/** One GET on a fresh connection (no keep-alive socket left behind). Resolves {status, body}. */
function httpGet(url, timeoutMs = 2_000, headers = {}) {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false, timeout: timeoutMs, headers }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode, body }));
      response.on('error', reject);
    });
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', reject);
  });
}

module.exports = { httpGet };
