'use strict';
// SMTP sink for the local stack, on 127.0.0.1 only (TENFOLD_BIND_HOST: the address a container
// binds, docker-compose.yml).
//
// SMTP on TENFOLD_SMTP_PORT (default 52525): plain SMTP, no TLS, AUTH optional
// (any credentials are accepted). Every message is parsed with mailparser and
// kept in TENFOLD_MAIL_DIR as <id>.json plus the raw <id>.eml.
//
// HTTP API on TENFOLD_SMTP_API_PORT (default 58025):
//   GET    /health               -> {"ok":true}
//   GET    /messages[?to=addr]   -> messages, newest first (to: envelope or To/Cc, case-insensitive)
//   GET    /messages/:id         -> one message
//   GET    /messages/:id/raw     -> the raw message (message/rfc822)
//   DELETE /messages             -> removes all messages
//   DELETE /messages/:id         -> removes one message
//
// Started detached by scripts/stack/up.sh; can also be run in the foreground:
//   node scripts/stack/smtp-sink.js

const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { SMTPServer } = require('smtp-server');
const { simpleParser } = require('mailparser');

const repoDir = path.resolve(__dirname, '..', '..');
const stackDir = process.env.TENFOLD_STACK_DIR || path.join(repoDir, '.stack');
const smtpPort = Number(process.env.TENFOLD_SMTP_PORT || 52525);
const apiPort = Number(process.env.TENFOLD_SMTP_API_PORT || 58025);
const mailDir = process.env.TENFOLD_MAIL_DIR || path.join(stackDir, 'mail');
const runDir = process.env.TENFOLD_RUN_DIR || path.join(stackDir, 'run');
const pidfile = path.join(runDir, 'smtp-sink.pid');
const host = process.env.TENFOLD_BIND_HOST || '127.0.0.1';
const ID_PATTERN = /^[0-9]{13}-[0-9]{6}-[0-9a-f]{6}$/;

function log(message) {
  process.stdout.write(`${new Date().toISOString()} smtp-sink ${message}\n`);
}

fs.mkdirSync(mailDir, { recursive: true });
fs.mkdirSync(runDir, { recursive: true });

// Ids sort by arrival: epoch millis, a per-process sequence, a random suffix.
let sequence = 0;
function newId() {
  sequence = (sequence + 1) % 1000000;
  return `${Date.now()}-${String(sequence).padStart(6, '0')}-${crypto.randomBytes(3).toString('hex')}`;
}

function addresses(field) {
  if (!field) return [];
  const groups = Array.isArray(field) ? field : [field];
  const out = [];
  const walk = (list) => {
    for (const entry of list || []) {
      if (entry.group) walk(entry.group);
      else if (entry.address) out.push(entry.address);
    }
  };
  for (const group of groups) walk(group.value);
  return out;
}

function headerObject(headerLines) {
  const headers = {};
  for (const { key, line } of headerLines || []) {
    const colon = line.indexOf(':');
    const value = (colon >= 0 ? line.slice(colon + 1) : line).replace(/\r?\n[ \t]+/g, ' ').trim();
    if (headers[key] === undefined) headers[key] = value;
    else if (Array.isArray(headers[key])) headers[key].push(value);
    else headers[key] = [headers[key], value];
  }
  return headers;
}

function writeAtomic(file, data) {
  const tmp = `${file}.tmp-${process.pid}`;
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

async function store(raw, session) {
  const parsed = await simpleParser(raw);
  const id = newId();
  const message = {
    id,
    receivedAt: new Date().toISOString(),
    envelope: {
      from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
      to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
    },
    from: parsed.from ? parsed.from.text : '',
    to: addresses(parsed.to),
    cc: addresses(parsed.cc),
    subject: parsed.subject || '',
    text: parsed.text || '',
    html: typeof parsed.html === 'string' ? parsed.html : null,
    headers: headerObject(parsed.headerLines),
    attachments: (parsed.attachments || []).map((a) => ({
      filename: a.filename || null,
      contentType: a.contentType,
      size: a.size,
    })),
  };
  writeAtomic(path.join(mailDir, `${id}.eml`), raw);
  writeAtomic(path.join(mailDir, `${id}.json`), JSON.stringify(message, null, 2));
  return message;
}

const smtp = new SMTPServer({
  name: 'tenfold-smtp-sink',
  banner: 'tenfold SMTP sink',
  secure: false,
  disabledCommands: ['STARTTLS'],
  hideSTARTTLS: true,
  authOptional: true,
  allowInsecureAuth: true,
  disableReverseLookup: true,
  size: 50 * 1024 * 1024,
  logger: false,
  onAuth(auth, session, callback) {
    callback(null, { user: auth.username || 'anonymous' });
  },
  onData(stream, session, callback) {
    const chunks = [];
    stream.on('data', (chunk) => chunks.push(chunk));
    stream.on('error', callback);
    stream.on('end', () => {
      if (stream.sizeExceeded) {
        const err = new Error('Message exceeds the size limit');
        err.responseCode = 552;
        callback(err);
        return;
      }
      store(Buffer.concat(chunks), session)
        .then((message) => {
          log(
            `stored ${message.id} from <${message.envelope.from}> to ${message.envelope.to.join(', ')}: ${message.subject}`,
          );
          callback(null, `Queued as ${message.id}`);
        })
        .catch((err) => {
          log(`failed to store a message: ${err.stack || err}`);
          callback(err);
        });
    });
  },
});
smtp.on('error', (err) => log(`smtp error: ${err.message}`));

function listMessages() {
  let names;
  try {
    names = fs.readdirSync(mailDir);
  } catch {
    return [];
  }
  const messages = [];
  for (const name of names) {
    if (!name.endsWith('.json')) continue;
    try {
      messages.push(JSON.parse(fs.readFileSync(path.join(mailDir, name), 'utf8')));
    } catch {
      // removed or being replaced meanwhile
    }
  }
  messages.sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0));
  return messages;
}

function readMessage(id) {
  if (!ID_PATTERN.test(id)) return null;
  try {
    return JSON.parse(fs.readFileSync(path.join(mailDir, `${id}.json`), 'utf8'));
  } catch {
    return null;
  }
}

function removeMessage(id) {
  let removed = false;
  for (const ext of ['.json', '.eml']) {
    try {
      fs.unlinkSync(path.join(mailDir, `${id}${ext}`));
      removed = true;
    } catch {
      // already gone
    }
  }
  return removed;
}

function removeAll() {
  let deleted = 0;
  for (const name of fs.readdirSync(mailDir)) {
    if (!name.endsWith('.json') && !name.endsWith('.eml')) continue;
    try {
      fs.unlinkSync(path.join(mailDir, name));
      if (name.endsWith('.json')) deleted += 1;
    } catch {
      // already gone
    }
  }
  return deleted;
}

function sendJson(res, status, body) {
  const data = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(data),
  });
  res.end(data);
}

function matchesTo(message, wanted) {
  const all = [...message.envelope.to, ...message.to, ...(message.cc || [])];
  return all.some((address) => address.toLowerCase() === wanted);
}

const api = http.createServer((req, res) => {
  const url = new URL(req.url, `http://${host}:${apiPort}`);
  const parts = url.pathname.split('/').filter(Boolean);
  try {
    if (req.method === 'GET' && url.pathname === '/health') {
      sendJson(res, 200, { ok: true });
    } else if (parts[0] === 'messages' && parts.length === 1) {
      if (req.method === 'GET') {
        const to = (url.searchParams.get('to') || '').trim().toLowerCase();
        const messages = listMessages();
        sendJson(res, 200, to ? messages.filter((m) => matchesTo(m, to)) : messages);
      } else if (req.method === 'DELETE') {
        sendJson(res, 200, { deleted: removeAll() });
      } else {
        sendJson(res, 405, { error: 'method not allowed' });
      }
    } else if (
      parts[0] === 'messages' &&
      (parts.length === 2 || (parts.length === 3 && parts[2] === 'raw'))
    ) {
      const message = readMessage(parts[1]);
      if (!message) {
        sendJson(res, 404, { error: 'no such message' });
      } else if (req.method === 'GET' && parts.length === 3) {
        const raw = fs.readFileSync(path.join(mailDir, `${message.id}.eml`));
        res.writeHead(200, { 'content-type': 'message/rfc822', 'content-length': raw.length });
        res.end(raw);
      } else if (req.method === 'GET') {
        sendJson(res, 200, message);
      } else if (req.method === 'DELETE' && parts.length === 2) {
        removeMessage(message.id);
        sendJson(res, 200, { deleted: 1 });
      } else {
        sendJson(res, 405, { error: 'method not allowed' });
      }
    } else {
      sendJson(res, 404, { error: 'not found' });
    }
  } catch (err) {
    log(`api error: ${err.stack || err}`);
    sendJson(res, 500, { error: 'internal error' });
  }
});

function fail(what, err) {
  log(`failed to start ${what}: ${err.stack || err}`);
  process.exit(1);
}

smtp.server.once('error', (err) => fail(`SMTP on ${host}:${smtpPort}`, err));
api.once('error', (err) => fail(`HTTP API on ${host}:${apiPort}`, err));

smtp.listen(smtpPort, host, () => {
  api.listen(apiPort, host, () => {
    fs.writeFileSync(pidfile, `${process.pid}\n`);
    log(
      `SMTP on ${host}:${smtpPort}, HTTP API on http://${host}:${apiPort} (mail ${mailDir}, pid ${process.pid})`,
    );
  });
});

let stopping = false;
function stop(signal) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: shutting down`);
  try {
    if (fs.readFileSync(pidfile, 'utf8').trim() === String(process.pid)) fs.unlinkSync(pidfile);
  } catch {
    // no pidfile, or not ours
  }
  const timer = setTimeout(() => process.exit(0), 3000);
  timer.unref();
  let open = 2;
  const done = () => {
    open -= 1;
    if (open === 0) process.exit(0);
  };
  smtp.close(done);
  api.close(done);
  if (typeof api.closeAllConnections === 'function') api.closeAllConnections();
}
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
