'use strict';
// Checks that an AMQP 0-9-1 broker accepts a login: connects, authenticates
// (PLAIN) and opens the virtual host of the URL, then closes cleanly.
//
//   node scripts/stack/amqp-probe.js amqp://user:password@127.0.0.1:55672/vhost
//
// Exit status: 0 logged in and opened the vhost; 2 an AMQP broker answered but
// refused the login or the vhost (the reason goes to stderr); 1 nothing (or not
// AMQP) answers in time.
//
// Used by scripts/stack/{up,status}.sh. It needs nothing from node_modules and no
// Erlang cookie, so it also recognises a stack started from another checkout,
// and it answers in milliseconds where each rabbitmqctl call boots a VM.

const net = require('node:net');

const TIMEOUT_MS = Number(process.env.TENFOLD_AMQP_PROBE_TIMEOUT_MS || 2000);
const FRAME_METHOD = 1;
const FRAME_END = 0xce;

function parseUrl(text) {
  try {
    return new URL(text);
  } catch {
    process.stderr.write(
      'usage: node scripts/stack/amqp-probe.js amqp://user:password@host:port/vhost\n',
    );
    return process.exit(1);
  }
}

const url = parseUrl(process.argv[2] || process.env.RABBITMQ_URL || '');
const user = decodeURIComponent(url.username || 'guest');
const password = decodeURIComponent(url.password || 'guest');
// amqp://host/ is vhost "/", amqp://host/%2f too; amqp://host/name is "name".
const vhost = url.pathname.length > 1 ? decodeURIComponent(url.pathname.slice(1)) : '/';
const port = Number(url.port || 5672);

let phase = 'connect';

function finish(code, message) {
  if (message) process.stderr.write(`amqp-probe: ${message}\n`);
  process.exit(code);
}

function shortstr(text) {
  const bytes = Buffer.from(text, 'utf8');
  return Buffer.concat([Buffer.from([bytes.length]), bytes]);
}

function longstr(text) {
  const bytes = Buffer.from(text, 'utf8');
  const size = Buffer.alloc(4);
  size.writeUInt32BE(bytes.length);
  return Buffer.concat([size, bytes]);
}

function u16(value) {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(value);
  return b;
}

function u32(value) {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(value);
  return b;
}

function table(fields) {
  const body = Buffer.concat(fields);
  return Buffer.concat([u32(body.length), body]);
}

// { capabilities: { authentication_failure_close: true } }: without it, RabbitMQ
// answers a failed login by closing the socket only after a few seconds' delay.
function clientProperties() {
  const capabilities = table([
    shortstr('authentication_failure_close'),
    Buffer.from('t'),
    Buffer.from([1]),
  ]);
  return table([shortstr('capabilities'), Buffer.from('F'), capabilities]);
}

function methodFrame(classId, methodId, ...args) {
  const payload = Buffer.concat([u16(classId), u16(methodId), ...args]);
  return Buffer.concat([
    Buffer.from([FRAME_METHOD, 0, 0]),
    u32(payload.length),
    payload,
    Buffer.from([FRAME_END]),
  ]);
}

const socket = net.connect({ host: url.hostname, port });
socket.setTimeout(TIMEOUT_MS, () =>
  finish(1, `no answer from ${url.hostname}:${port} within ${TIMEOUT_MS} ms (${phase})`),
);
socket.on('error', (err) => finish(1, `${url.hostname}:${port}: ${err.message}`));
socket.on('close', () => {
  // Brokers without authentication_failure_close just close the socket.
  if (phase === 'login') finish(2, `login refused for user '${user}' (wrong user or password)`);
  finish(1, `connection closed during ${phase}`);
});
socket.on('connect', () => {
  phase = 'handshake';
  socket.write(Buffer.from('AMQP\x00\x00\x09\x01', 'latin1'));
});

let buffered = Buffer.alloc(0);
socket.on('data', (chunk) => {
  buffered = Buffer.concat([buffered, chunk]);
  if (
    phase === 'handshake' &&
    buffered.length >= 8 &&
    buffered.subarray(0, 4).toString('latin1') === 'AMQP'
  ) {
    finish(1, `the server speaks another AMQP version (${[...buffered.subarray(4, 8)].join('-')})`);
  }
  while (buffered.length >= 7) {
    const size = buffered.readUInt32BE(3);
    if (buffered.length < 8 + size) return;
    const type = buffered[0];
    const payload = buffered.subarray(7, 7 + size);
    if (buffered[7 + size] !== FRAME_END) finish(1, 'not an AMQP 0-9-1 server (bad frame end)');
    buffered = buffered.subarray(8 + size);
    if (type === FRAME_METHOD) {
      onMethod(payload.readUInt16BE(0), payload.readUInt16BE(2), payload.subarray(4));
    }
  }
});

function onMethod(classId, methodId, args) {
  const method = `${classId}.${methodId}`;
  if (method === '10.10') {
    // connection.start -> start-ok: client-properties, mechanism, response, locale
    phase = 'login';
    socket.write(
      methodFrame(
        10,
        11,
        clientProperties(),
        shortstr('PLAIN'),
        longstr(`\0${user}\0${password}`),
        shortstr('en_US'),
      ),
    );
  } else if (method === '10.30') {
    // connection.tune -> tune-ok (same channel-max and frame-max, no heartbeats), then open the vhost
    phase = 'open';
    socket.write(methodFrame(10, 31, args.subarray(0, 2), args.subarray(2, 6), u16(0)));
    socket.write(methodFrame(10, 40, shortstr(vhost), shortstr(''), Buffer.from([0])));
  } else if (method === '10.41') {
    // connection.open-ok -> close
    phase = 'close';
    socket.write(methodFrame(10, 50, u16(200), shortstr('probe done'), u16(0), u16(0)));
  } else if (method === '10.51') {
    socket.end();
    finish(0);
  } else if (method === '10.50') {
    const code = args.readUInt16BE(0);
    const text = args.subarray(3, 3 + args[2]).toString('utf8');
    if (phase === 'close') finish(0);
    finish(2, `the broker closed the connection during ${phase}: ${code} ${text}`);
  }
}
