'use strict';

const { spawn } = require('node:child_process');
const http = require('node:http');
const path = require('node:path');
const { setTimeout: sleep } = require('node:timers/promises');

const ROOT = path.resolve(__dirname, '..', '..', '..');
const PRELOAD = path.join(__dirname, 'die-with-parent.js');
const ENTRY = { web: 'dist/src/main.js', worker: 'dist/src/worker.js' };
const PORT_VARIABLE = { web: 'HTTP_PORT', worker: 'WORKER_HTTP_PORT' };
const STDERR_TAIL_CHARS = 8_000;

// Every instance still running, so that the parent's exit takes them along.
const live = new Set();
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/**
 * One tenfold process (web or worker) started from the build, as production runs it, listening
 * on `port` (HTTP_PORT or WORKER_HTTP_PORT). Keeps its JSON log lines and the tail of stderr.
 */
class InstanceProcess {
  /**
   * @param {{ name: string, kind: 'web' | 'worker', port: number, env: Record<string, string>,
   *           captureLogs?: boolean }} options
   */
  static start({ name, kind, port, env, captureLogs = true }) {
    const child = spawn(process.execPath, ['-r', PRELOAD, path.join(ROOT, ENTRY[kind])], {
      cwd: ROOT,
      env: { ...process.env, ...env, [PORT_VARIABLE[kind]]: String(port) },
      stdio: ['ignore', captureLogs ? 'pipe' : 'ignore', 'pipe', 'ipc'],
    });
    live.add(child);
    return new InstanceProcess(name, kind, port, child);
  }

  constructor(name, kind, port, child) {
    this.name = name;
    this.kind = kind;
    this.origin = `http://127.0.0.1:${port}`;
    this.child = child;
    this.stderr = '';
    /** Parsed JSON log lines. */
    this.logs = [];
    let pending = '';
    child.stdout?.on('data', (chunk) => {
      pending += chunk.toString();
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        try {
          this.logs.push(JSON.parse(line));
        } catch {
          // not a log line
        }
      }
    });
    child.stderr.on('data', (chunk) => {
      this.stderr = (this.stderr + chunk.toString()).slice(-STDERR_TAIL_CHARS);
    });
    /** Resolves { code, signal } when the process has exited. */
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        live.delete(child);
        resolve({ code, signal });
      }),
    );
  }

  get pid() {
    return this.child.pid ?? -1;
  }

  get running() {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  async waitUntilReady(timeoutMs = 60_000) {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (!this.running) {
        throw new Error(`${this.name} exited before it was ready:\n${this.stderr}`);
      }
      if ((await statusOf(`${this.origin}/health/ready`)) === 200) return;
      if (Date.now() > deadline) {
        throw new Error(`${this.name} was not ready within ${timeoutMs} ms:\n${this.stderr}`);
      }
      await sleep(100);
    }
  }

  signal(signal) {
    this.child.kill(signal);
  }

  /** SIGTERM, then SIGKILL after graceMs; resolves once the process has exited. */
  async stop(graceMs = 15_000) {
    if (!this.running) return this.exited;
    this.child.kill('SIGTERM');
    const timer = setTimeout(() => this.child.kill('SIGKILL'), graceMs);
    const exit = await this.exited;
    clearTimeout(timer);
    return exit;
  }
}

function statusOf(url) {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false, timeout: 2_000 }, (response) => {
      response.resume();
      resolve(response.statusCode);
    });
    request.on('timeout', () => request.destroy());
    request.on('error', () => resolve(0));
  });
}

module.exports = { InstanceProcess, ROOT };
