// HTTP/1.1 over plain sockets, for tests that need what fetch hides: a request whose body arrives
// in parts (or never), declared lengths that are lies, and whether the server closed the socket;
// and an answer's body as it came over the wire (fetch would unzip it).
import { request, type IncomingHttpHeaders } from 'node:http';
import { connect as netConnect, type Socket } from 'node:net';

export interface Raw {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A request whose body is read as it came over the wire (fetch would unzip it). */
export function raw(url: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

export function connect(port: number, host = '127.0.0.1'): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = netConnect(port, host, () => resolve(socket));
    socket.once('error', reject);
  });
}

/** Whether a connection to the port is refused (nothing listens any more). */
export async function refused(port: number): Promise<boolean> {
  try {
    const s = await connect(port);
    s.destroy();
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ECONNREFUSED';
  }
}

export interface Received {
  /** Everything the server sent. */
  text: string;
  /** ms from the start of reading until the server closed (or reset) the connection. */
  closedAfterMs: number;
}

/** Everything the server sends on the socket until it closes it (errors such as ECONNRESET end it too). */
export function readUntilClosed(socket: Socket): Promise<Received> {
  const started = Date.now();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', () => undefined);
    socket.once('close', () => resolve({ text: Buffer.concat(chunks).toString('utf8'), closedAfterMs: Date.now() - started }));
  });
}

/** Resolves with what arrived once `pattern` matches the text received so far. */
export function readUntil(socket: Socket, pattern: RegExp, timeoutMs = 10_000): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${timeoutMs} ms; got: ${text.slice(0, 200)}`)), timeoutMs);
    const onData = (c: Buffer) => {
      text += c.toString('utf8');
      if (pattern.test(text)) {
        clearTimeout(timer);
        socket.off('data', onData);
        resolve(text);
      }
    };
    socket.on('data', onData);
  });
}

export interface ParsedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** The first response in `text` (headers lower-cased; chunked bodies are not decoded). */
export function parseResponse(text: string): ParsedResponse {
  const end = text.indexOf('\r\n\r\n');
  const head = end < 0 ? text : text.slice(0, end);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body: end < 0 ? '' : text.slice(end + 4) };
}

/** The request line and headers of a POST with a JSON body of `length` bytes. */
export const postHead = (path: string, length: number, extra = ''): string =>
  `POST ${path} HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n${extra}\r\n`;
