// Request bodies and slow clients over real sockets (issue 18, item 10):
// - a declared 1 GB body is refused with 413 at once, before any of it is read, and a chunked body
//   is refused as soon as it passes the limit: the connection is closed, the rest never read;
// - nesting deeper than MAX_JSON_DEPTH is a 400 body_too_deep naming line and column (it was a 500:
//   the stack overflowed in zod and in the upload's limit check) on /api/cypher params, what-if
//   and the JSON bundle of /api/datasets;
// - a malformed body is a 400 naming line and column, a body of another media type a 415;
// - a slow-loris client (headers a byte at a time) and a slow body are cut off (they held a socket
//   for ~300 s); the defaults are sane.
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/api/index.ts';
import { resolveHttpLimits } from '../../server/api/http-limits.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { jsonDepthExceeded, MAX_JSON_DEPTH } from '../../server/util/json-depth.ts';
import { jsonSyntaxError } from '../../server/util/json-syntax.ts';
import { smallDataset } from '../helpers/datasets.ts';
import { connect, parseResponse, postHead, readUntilClosed } from './raw-http.ts';

const TOKEN = 'body-limits-write-token';
let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close({ drainMs: 0 });
  server = undefined;
});

const start = async (options: Parameters<typeof startServer>[3] = {}) => {
  server = await startServer({ store: new EmbeddedStore(smallDataset(1)), neo4jStatus: async () => ({ configured: false, reachable: false }) }, 0, '127.0.0.1', { log: () => {}, writeToken: TOKEN, ...options });
  return server;
};

const post = async (url: string, body: string, headers: Record<string, string> = {}) => {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  return { status: res.status, body: (await res.json()) as { error: { code: string; message: string; details?: Record<string, unknown> } } };
};

const nested = (depth: number, inner = '1'): string => `${'['.repeat(depth)}${inner}${']'.repeat(depth)}`;

describe('body size', () => {
  it('a declared 1 GB body is refused with 413 before any of it is read, and the connection closed', async () => {
    const { port } = await start();
    const socket = await connect(port);
    const started = Date.now();
    const received = readUntilClosed(socket);
    // Only the headers are sent: a server that reads the body first would wait for ever.
    socket.write(postHead('/api/cypher', 1_000_000_000));
    const { text, closedAfterMs } = await received;
    const res = parseResponse(text);
    expect(res.status).toBe(413);
    expect(res.headers.connection).toBe('close');
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'payload_too_large' } });
    expect(closedAfterMs).toBeLessThan(2_000);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('a chunked body is refused as soon as it passes the limit; the server stops reading', async () => {
    const { port } = await start({ jsonLimit: '64kb' });
    const socket = await connect(port);
    const received = readUntilClosed(socket);
    socket.write('POST /api/analysis/link-scores HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n');
    // Keep sending 64 KB chunks (a body of up to 1 GB) until the server answers and closes.
    const chunk = `10000\r\n${' '.repeat(0x10000)}\r\n`;
    let sent = 0;
    let open = true;
    socket.on('close', () => (open = false));
    while (open && sent < 1024 ** 3) {
      const ok = socket.write(chunk);
      sent += 0x10000;
      if (!ok) await new Promise((r) => setTimeout(r, 5));
    }
    const res = parseResponse((await received).text);
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'payload_too_large', details: { maxBytes: 65_536 } } });
    // What got through before the close is the limit plus what the sockets' buffers hold, far from 1 GB.
    expect(sent).toBeLessThan(64 * 1024 ** 2);
  });

  it('a body within the limit is read as before', async () => {
    const { url } = await start({ jsonLimit: '64kb' });
    const res = await post(`${url}/api/analysis/link-scores`, JSON.stringify({ method: 'jaccard', pairs: [[smallDataset(1).firms[0]!.id, smallDataset(1).firms[1]!.id]] }));
    expect(res.status).toBe(200);
  });
});

describe('nesting depth', () => {
  it.each([
    ['/api/cypher params', '/api/cypher', (d: number) => `{"query":"RETURN $a","params":{"a":${nested(d)}}}`],
    ['/api/analysis/substitution/what-if', '/api/analysis/substitution/what-if', (d: number) => `{"interventions":${nested(d, '')}}`],
    ['/api/analysis/link-scores', '/api/analysis/link-scores', (d: number) => `{"method":"jaccard","pairs":${nested(d, '')}}`],
  ])('%s: 20,000 levels is a 400 body_too_deep naming where (it was a 500)', async (_name, path, body) => {
    const { url } = await start();
    const res = await post(`${url}${path}`, body(20_000));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('body_too_deep');
    expect(res.body.error.message).toMatch(/deeper than 32 levels \(line 1, column \d+\)/);
    expect(res.body.error.details).toMatchObject({ maxDepth: MAX_JSON_DEPTH, line: 1 });
  });

  it('exactly the limit is accepted (the request then fails or passes on its merits)', async () => {
    const { url } = await start();
    // {"query":…,"params":{"a":[…]}}: the two objects plus 30 arrays make 32 levels.
    const res = await post(`${url}/api/cypher`, `{"query":"RETURN $a","params":{"a":${nested(MAX_JSON_DEPTH - 2)}}}`);
    expect(res.body.error.code).toBe('not_implemented'); // parsed and validated; the embedded store has no Cypher
    const over = await post(`${url}/api/cypher`, `{"query":"RETURN $a","params":{"a":${nested(MAX_JSON_DEPTH - 1)}}}`);
    expect(over.body.error.code).toBe('body_too_deep');
  });

  it('the JSON bundle of /api/datasets: 400 body_too_deep with file, line and column (it was a 500)', async () => {
    const { url } = await start();
    const res = await post(`${url}/api/datasets`, `{"firms":[\n{"id":"a","name":${nested(100_000)}}]}`, { authorization: `Bearer ${TOKEN}` });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('body_too_deep');
    expect(res.body.error.message).toMatch(/^upload\.json:2:\d+: the JSON nests deeper than 32 levels/);
    expect(res.body.error.details).toMatchObject({ file: 'upload.json', line: 2 });
  });

  it('the depth scan counts brackets outside strings only', () => {
    expect(jsonDepthExceeded(`{"a":"${'['.repeat(100)}"}`, 2)).toBeNull();
    expect(jsonDepthExceeded(`{"a\\"[[[":[[1]]}`, 3)).toBeNull();
    expect(jsonDepthExceeded('{"a":\n  [[[1]]]}', 3)).toEqual({ maxDepth: 3, line: 2, column: 5 });
  });
});

describe('malformed and foreign bodies', () => {
  it('a malformed JSON body is a 400 naming line and column', async () => {
    const { url } = await start();
    const res = await post(`${url}/api/analysis/link-scores`, '{\n  "method": "jaccard",\n  "pairs": [["a", "b"],]\n}');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('invalid_request');
    expect(res.body.error.message).toBe('the request body is not valid JSON: line 3, column 24: expected a value (object, array, string, number, true, false or null)');
    expect(res.body.error.details).toEqual({ line: 3, column: 24 });
  });

  it('a body of another media type is a 415 on routes that read a body', async () => {
    const { url } = await start();
    const res = await fetch(`${url}/api/analysis/link-scores`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"method":"jaccard","pairs":[["a","b"]]}' });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unsupported_media_type');
  });

  it('a compressed body (Content-Encoding: gzip) is a 415 saying so, JSON or upload, in both languages (it was a 400 "not valid UTF-8")', async () => {
    const { url } = await start();
    const zipped = gzipSync('{"method":"jaccard","pairs":[["a","b"]]}');
    const json = await fetch(`${url}/api/analysis/link-scores`, { method: 'POST', headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: zipped });
    expect(json.status).toBe(415);
    expect(json.headers.get('accept-encoding')).toBe('identity');
    const jsonBody = (await json.json()) as { error: { code: string; message: string; details: unknown } };
    expect(jsonBody.error).toEqual({
      code: 'unsupported_media_type',
      message: 'the request body is sent with Content-Encoding: gzip, which this server does not decode; send it uncompressed (without Content-Encoding)',
      details: { part: 'Content-Encoding', encoding: 'gzip' },
    });
    const upload = await fetch(`${url}/api/datasets?lang=id`, { method: 'POST', headers: { 'content-type': 'application/zip', 'content-encoding': 'gzip', authorization: `Bearer ${TOKEN}` }, body: gzipSync(Buffer.from('PK\x03\x04')) });
    expect(upload.status).toBe(415);
    expect(((await upload.json()) as { error: { message: string } }).error.message).toBe('isi permintaan dikirim dengan Content-Encoding: gzip, yang tidak dibuka server ini; kirim tanpa kompresi (tanpa Content-Encoding)');
    // "identity" is no coding at all: read as before.
    const plain = await post(`${url}/api/analysis/link-scores`, '{"method":"jaccard","pairs":[["a","b"]]}', { 'content-encoding': 'identity' });
    expect(plain.status).not.toBe(415);
  });

  it('the syntax locator agrees with JSON.parse on which texts are JSON (fast-check, fragments of JSON)', () => {
    const fragment = fc.constantFrom('{', '}', '[', ']', ',', ':', '"a"', '"\\u00e9"', '"\\x"', '"\n"', '1', '-0.5e3', '01', '-', 'true', 'nul', 'null', ' ', '\n', '\t', '\u00a0');
    fc.assert(
      fc.property(fc.oneof(fc.array(fragment, { maxLength: 12 }).map((p) => p.join('')), fc.json({ maxDepth: 4 })), (text) => {
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(jsonSyntaxError(text) === null).toBe(parses);
      }),
      { seed: 18, numRuns: 3000 },
    );
  });
});

describe('slow clients', () => {
  it('a slow-loris client (headers a byte at a time) is cut off at the headers timeout', async () => {
    const { port } = await start({ limits: { headersTimeoutMs: 1_000 } });
    const socket = await connect(port);
    const received = readUntilClosed(socket);
    const trickle = setInterval(() => socket.writable && socket.write('X'), 100);
    socket.write('GET /api/health HTTP/1.1\r\nHost: localhost\r\nX-Slow: ');
    const { text, closedAfterMs } = await received;
    clearInterval(trickle);
    expect(parseResponse(text).status).toBe(408);
    expect(closedAfterMs).toBeGreaterThanOrEqual(900);
    expect(closedAfterMs).toBeLessThan(3_000);
  });

  it('a slow JSON body is cut off at the body timeout with 408 request_timeout', async () => {
    const { port } = await start({ limits: { bodyTimeoutMs: 1_000 } });
    const socket = await connect(port);
    const received = readUntilClosed(socket);
    socket.write(postHead('/api/analysis/link-scores', 100));
    const trickle = setInterval(() => socket.writable && socket.write(' '), 100);
    const { text, closedAfterMs } = await received;
    clearInterval(trickle);
    const res = parseResponse(text);
    expect(res.status).toBe(408);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'request_timeout', details: { timeoutMs: 1_000 } } });
    expect(closedAfterMs).toBeGreaterThanOrEqual(900);
    expect(closedAfterMs).toBeLessThan(3_000);
  });

  it('a slow upload is cut off at the request timeout', async () => {
    const { port } = await start({ limits: { requestTimeoutMs: 1_500, headersTimeoutMs: 1_000 } });
    const socket = await connect(port);
    const received = readUntilClosed(socket);
    socket.write(`POST /api/datasets HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer ${TOKEN}\r\nContent-Type: application/zip\r\nContent-Length: 100000\r\n\r\n`);
    const trickle = setInterval(() => socket.writable && socket.write('P'), 100);
    const { text, closedAfterMs } = await received;
    clearInterval(trickle);
    expect(parseResponse(text).status).toBe(408);
    expect(closedAfterMs).toBeLessThan(4_000);
  });

  it('the defaults bound every wait (Node alone allows 300 s for a request)', () => {
    const d = resolveHttpLimits();
    expect(d.headersTimeoutMs).toBeLessThanOrEqual(30_000);
    expect(d.bodyTimeoutMs).toBeLessThanOrEqual(30_000);
    expect(d.requestTimeoutMs).toBeLessThanOrEqual(120_000);
    expect(d.keepAliveTimeoutMs).toBeLessThanOrEqual(10_000);
    expect(d.drainMs).toBe(10_000);
  });
});
