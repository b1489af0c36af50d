// What Node's HTTP parser refuses before express sees a request (server/api/client-error.ts): a
// header block over Node's limit, a request line that is not HTTP, headers that arrive too late.
// Node's own answer was a bare status line with no body, no security headers and no language; each
// is now the API's error shape, in the language the arrived bytes ask for (headers over the limit:
// in both, since the lang= of an overlong request line never arrives). Over real sockets.
import { maxHeaderSize } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../server/api/index.ts';
import { langOfRaw } from '../../server/api/client-error.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { smallDataset } from '../helpers/datasets.ts';
import { connect, parseResponse, readUntilClosed } from './raw-http.ts';

let server: RunningServer | undefined;
afterEach(async () => {
  await server?.close({ drainMs: 0 });
  server = undefined;
});

const start = async (limits: { headersTimeoutMs?: number } = {}) => {
  server = await startServer({ store: new EmbeddedStore(smallDataset(1)), neo4jStatus: async () => ({ configured: false, reachable: false }) }, 0, '127.0.0.1', { log: () => {}, limits });
  return server;
};

/** Sends `raw` on a new connection and returns the parsed answer once the server closes it. */
const exchange = async (port: number, raw: string) => {
  const socket = await connect(port);
  const received = readUntilClosed(socket);
  socket.write(raw);
  const { text } = await received;
  const res = parseResponse(text);
  return { ...res, json: JSON.parse(res.body) as { error: { code: string; message: string; details?: Record<string, unknown> } } };
};

// Node's limit is 16 KiB unless --max-http-header-size says otherwise; the header sent is larger.
const bigHeader = `X-Big: ${'a'.repeat(maxHeaderSize + 1024)}\r\n`;

// The 431's message (server/i18n/messages/errors.ts, error.headersTooLarge in id, then in en), with
// Node's 16,384 bytes written as the product writes sizes (1 KB = 1,024 bytes).
const BOTH_LANGUAGES =
  'alamat permintaan (URL beserta parameter kuerinya) dan header-nya lebih panjang dari 16 KB, batas yang dibaca server ini; kirim parameter kueri atau header yang lebih sedikit atau lebih pendek, atau kirim masukannya sebagai isi JSON melalui POST bila API menyediakannya (lihat /api/docs)' +
  ' / ' +
  'the request\'s address (its URL with the query parameters) and headers are longer than 16 KB, the most this server reads; send fewer or shorter query parameters or headers, or send the input as a JSON body with POST where the API offers it (see /api/docs)';

describe("Node's client errors get the API's error shape", () => {
  it('headers over the limit: 431 headers_too_large, naming the limit, with nosniff and Connection: close', async () => {
    const { port } = await start();
    const res = await exchange(port, `GET /api/health HTTP/1.1\r\nHost: localhost\r\n${bigHeader}\r\n`);
    expect(res.status).toBe(431);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers.connection).toBe('close');
    expect(Number(res.headers['content-length'])).toBe(Buffer.byteLength(res.body));
    expect(res.json.error.code).toBe('headers_too_large');
    expect(res.json.error.details).toEqual({ maxHeaderBytes: maxHeaderSize });
    expect(res.json.error.message).toBe(BOTH_LANGUAGES);
  });

  it('a 100 KB query string: the same 431 in both languages, Indonesian first, whatever lang asks', async () => {
    // The probe's case: the lang=en at the end of the request line is past what the parser hands over.
    const { port } = await start();
    const long = await exchange(port, `GET /api/graph?cluster=${'a'.repeat(100_000)}&lang=en HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    expect(long.status).toBe(431);
    expect(long.json.error.code).toBe('headers_too_large');
    expect(long.headers['content-language']).toBe('id, en');
    expect(long.json.error.message).toBe(BOTH_LANGUAGES);
    expect(long.json.error.message).not.toMatch(/cookie/);
    const byQuery = await exchange(port, `GET /api/health?lang=id HTTP/1.1\r\nHost: localhost\r\n${bigHeader}\r\n`);
    expect(byQuery.json.error.message).toBe(BOTH_LANGUAGES);
    const byHeader = await exchange(port, `GET /api/health HTTP/1.1\r\nHost: localhost\r\nAccept-Language: id-ID,en;q=0.5\r\n${bigHeader}\r\n`);
    expect(byHeader.json.error.message).toBe(BOTH_LANGUAGES);
  });

  it('a request line that is not HTTP: 400 invalid_request, naming the parser error', async () => {
    const { port } = await start();
    const res = await exchange(port, 'HELLO THERE\r\n\r\n');
    expect(res.status).toBe(400);
    expect(res.json.error.code).toBe('invalid_request');
    expect(res.json.error.message).toMatch(/not valid HTTP\/1\.1/);
    expect(typeof res.json.error.details?.parser).toBe('string');
    expect(String(res.json.error.details?.parser)).toMatch(/^HPE_/);
  });

  it('a header line without a colon: 400 in the language of the request line', async () => {
    const { port } = await start();
    const res = await exchange(port, 'GET /api/health?lang=id HTTP/1.1\r\nHost: localhost\r\nBad Header Line\r\n\r\n');
    expect(res.status).toBe(400);
    expect(res.json.error.message).toMatch(/^permintaan bukan HTTP\/1\.1 yang sah/);
  });

  it('headers that do not arrive in time: 408 request_timeout, naming both limits', async () => {
    const { port } = await start({ headersTimeoutMs: 800 });
    const socket = await connect(port);
    const received = readUntilClosed(socket);
    socket.write('GET /api/health?lang=id HTTP/1.1\r\nHost: local');
    const res = parseResponse((await received).text);
    expect(res.status).toBe(408);
    const body = JSON.parse(res.body) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('request_timeout');
    // Told in both languages, Indonesian first: Node hands over none of the bytes that arrived, so
    // their lang= (here id) cannot be read (it was told in English alone).
    expect(res.headers['content-language']).toBe('id, en');
    expect(body.error.message).toMatch(/^permintaan tidak tiba tepat waktu/);
    expect(body.error.message).toContain('the request did not arrive in time: its headers must arrive within 0.8 s and the whole request within 120 s');
  });

  it('a well-formed request on the same server is still answered as before', async () => {
    const { url } = await start();
    const res = await fetch(`${url}/api/health`);
    expect(res.status).toBe(200);
  });
});

describe('langOfRaw', () => {
  const raw = (s: string) => Buffer.from(s, 'latin1');
  it('reads lang= of the request line first, then Accept-Language, else English', () => {
    expect(langOfRaw(raw('GET /x?a=1&lang=id HTTP/1.1\r\nAccept-Language: en\r\n'))).toBe('id');
    expect(langOfRaw(raw('GET /x?lang=en HTTP/1.1\r\nAccept-Language: id\r\n'))).toBe('en');
    expect(langOfRaw(raw('GET /x HTTP/1.1\r\nHost: a\r\naccept-language: in\r\n'))).toBe('id');
    expect(langOfRaw(raw('GET /x?lang=fr HTTP/1.1\r\n'))).toBe('en');
    expect(langOfRaw(raw('\x00\x01garbage'))).toBe('en');
    expect(langOfRaw(undefined)).toBe('en');
  });
});
