// Answers what Node's HTTP parser refuses before express sees a request: headers larger than Node
// reads (431), a request line or header that is not HTTP/1.1 (400), headers or a request that did
// not arrive in time (408). Node's own answer for these is a bare status line with no body and none
// of the security headers; a client then sees an empty reply it cannot explain. This one is the
// API's error shape `{error: {code, message, details}}` in the reader's language, as far as the
// bytes that did arrive tell it (a `lang=` in the request line, else an Accept-Language header seen
// in them, else English), with the headers every other answer carries. Headers over the limit are
// the exception: what overflowed is often the request line itself (a 100 KB query string), whose
// lang= the parser never hands over, so that answer is told in both languages, Indonesian first.
// So are headers that did not arrive in time: Node's timeout hands over none of the bytes read.
import { STATUS_CODES, maxHeaderSize } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { AppError } from '../errors.ts';
import { langOf, render, text, type Lang } from '../i18n/index.ts';
import type { HttpLimits } from './http-limits.ts';

interface ParserError extends Error {
  code?: string;
  /** The bytes the parser was reading when it failed (Node sets this on HPE_* errors). */
  rawPacket?: Buffer;
}

/** The AppError for one of Node's client errors, or null for a connection that is simply gone. */
export function clientErrorOf(error: ParserError, limits: Pick<HttpLimits, 'headersTimeoutMs' | 'requestTimeoutMs'>): AppError | null {
  const code = error.code ?? '';
  if (code === 'ECONNRESET' || code === 'EPIPE') return null;
  if (code === 'HPE_HEADER_OVERFLOW') {
    // http.maxHeaderSize: the server takes Node's limit (16 KB unless --max-http-header-size says otherwise).
    const said = text('error.headersTooLarge', { size: { bytes: maxHeaderSize } });
    const both = text('error.bothLanguages', { id: render('id', said), en: render('en', said) });
    return new AppError('headers_too_large', both, { maxHeaderBytes: maxHeaderSize });
  }
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    const headers = limits.headersTimeoutMs / 1000;
    const whole = limits.requestTimeoutMs / 1000;
    // Node hands over none of the bytes that did arrive, so their lang= is unknown: both languages.
    const said = text('error.requestTimeout', { headers, whole });
    const both = text('error.bothLanguages', { id: render('id', said), en: render('en', said) });
    return new AppError('request_timeout', both, { headersTimeoutMs: limits.headersTimeoutMs, requestTimeoutMs: limits.requestTimeoutMs });
  }
  return new AppError('invalid_request', text('error.notHttp'), code ? { parser: code } : undefined);
}

/**
 * The language the arrived bytes ask for: `lang=` in the request line, else Accept-Language among
 * the header lines read so far; English when neither is there (the request could not be read).
 */
export function langOfRaw(raw: Buffer | undefined): Lang {
  if (!raw) return 'en';
  // Only the start is looked at: a header overflow hands over up to Node's whole header limit.
  const head = raw.subarray(0, 16_384).toString('latin1');
  const requestLine = /^[A-Z]+ (\S+) HTTP\//.exec(head);
  let query: Record<string, string> = {};
  if (requestLine) {
    const target = requestLine[1]!;
    const at = target.indexOf('?');
    if (at >= 0) {
      try {
        query = Object.fromEntries(new URLSearchParams(target.slice(at + 1)));
      } catch {
        query = {};
      }
    }
  }
  const accept = /\r?\naccept-language:[ \t]*([^\r\n]{0,200})/i.exec(head);
  return langOf(query, accept?.[1]);
}

/** The raw HTTP/1.1 answer: status line, the headers of every API answer, the JSON body. */
export function rawAnswer(error: AppError, lang: Lang): string {
  const bilingual = error.code === 'headers_too_large' || error.code === 'request_timeout';
  const details = error.detailsOf(lang);
  const body = JSON.stringify({ error: { code: error.code, message: error.messageIn(lang), ...(details === undefined ? {} : { details }) } });
  const headers = [
    `HTTP/1.1 ${error.status} ${STATUS_CODES[error.status] ?? ''}`,
    'Content-Type: application/json; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    `Content-Language: ${bilingual ? 'id, en' : lang}`,
    'Cache-Control: no-store',
    'X-Content-Type-Options: nosniff',
    "Content-Security-Policy: default-src 'none'; frame-ancestors 'none'",
    'Connection: close',
  ];
  return `${headers.join('\r\n')}\r\n\r\n${body}`;
}

/**
 * The server's 'clientError' listener. As Node's default does, it answers only while nothing has been
 * written on the connection (a response already under way cannot take a second status line) and
 * then closes the connection.
 */
export const answerClientError =
  (limits: Pick<HttpLimits, 'headersTimeoutMs' | 'requestTimeoutMs'>) =>
  (error: ParserError, duplex: Duplex): void => {
    const socket = duplex as Socket;
    const answer = clientErrorOf(error, limits);
    if (!answer || !socket.writable || socket.bytesWritten > 0) {
      socket.destroy();
      return;
    }
    socket.end(rawAnswer(answer, langOfRaw(error.rawPacket)));
    // A client that never reads its answer must not hold the socket open.
    socket.setTimeout(5_000, () => socket.destroy());
  };
