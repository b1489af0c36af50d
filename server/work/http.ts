// Express glue of the work gate: a route hands over its validated request and a function that
// computes the answer; this sends the answer (with X-Rantai-Work: hit | shared | computed), turns a
// closed connection into an abort of the work, sets Retry-After on the 503s and tells the gate's
// errors in the request's language. Nothing is sent to a client that has gone.
import type { Request, Response } from 'express';
import type { GraphStore } from '../store/types.ts';
import { jsonAnswer, type Answer, type SpooledFile } from './answer.ts';
import { yieldToEventLoop } from '../util/yield.ts';
import type { WorkRoute } from './budgets.ts';
import { acceptsGzip, gzipBody, gzipEtag, gzipOf, worthCompressing } from './encoding.ts';
import { ClientGoneError, localise, retryAfterOf } from './errors.ts';
import { requestLang } from './messages.ts';
import { workFor } from './registry.ts';
import type { Work } from './work.ts';

export interface RouteWork {
  route: WorkRoute;
  /** The validated request the answer depends on. */
  params: unknown;
  /** false for cheap lookups: admitted through the gate but neither cached nor shared. */
  share?: boolean;
  /** The answer is the same in every language (a whole-graph export): one is kept for all. */
  languageFree?: boolean;
}

/** A signal aborted when the connection closes before the response was sent in full. */
export function clientSignal(res: Response): AbortSignal {
  const controller = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) controller.abort(new ClientGoneError());
  });
  return controller.signal;
}

export async function sendWork(req: Request, res: Response, store: GraphStore, work: RouteWork, compute: () => Promise<Answer>): Promise<void> {
  const signal = clientSignal(res);
  const acceptLanguage = req.headers['accept-language'];
  // A file on disk (an export) can be removed between its answer and its sending: the data changed
  // meanwhile (server/export/spool.ts), or a cleaner of the temporary folder removed it. The request
  // is then answered again, once, with the file written again.
  for (let attempt = 1; ; attempt += 1) {
    try {
      // The language the request resolves to (the same reading as the routes' resolveLang), so that
      // "id" and "id-ID,id;q=0.9" share one cached answer.
      const vary = work.languageFree ? '' : requestLang(req.query, acceptLanguage);
      const gate = workFor(store);
      const { answer, outcome } = await gate.answer({ ...work, vary, signal }, compute);
      if (signal.aborted) return;
      if (answer.file) {
        await sendSpooled(req, res, answer, answer.file, outcome).catch((error: unknown) => {
          if ((error as NodeJS.ErrnoException).code === 'ENOENT') gate.forget(answer);
          throw error;
        });
        return;
      }
      const sent = await encoded(req, res, gate, answer);
      if (signal.aborted) return;
      sendHeaders(res, answer, sent.etag, outcome);
      res.type(answer.contentType).send(sent.body);
      return;
    } catch (error) {
      // Nobody is left to answer; the work has been stopped (or is shared with others still waiting).
      if (signal.aborted) return;
      if (attempt === 1 && (error as NodeJS.ErrnoException).code === 'ENOENT' && !res.headersSent) continue;
      const retryAfter = retryAfterOf(error);
      if (retryAfter !== undefined) res.setHeader('Retry-After', String(retryAfter));
      throw localise(error, requestLang(req.query, acceptLanguage));
    }
  }
}

/** The answer's headers: how it was reached, its validator and its own (a file's download name). */
function sendHeaders(res: Response, answer: Answer, etag: string, outcome: string): void {
  res.setHeader('X-Rantai-Work', outcome);
  // Set here, express neither hashes the body again nor fails to answer 304 to If-None-Match.
  res.setHeader('ETag', etag);
  for (const [name, value] of Object.entries(answer.headers ?? {})) res.setHeader(name, value);
}

/**
 * Streams an answer kept on disk, its gzip to a client that accepts it: 304 to a matching
 * If-None-Match and ranges (206) come from express's sendFile, which reads the ETag set here, so a
 * broken download of a national export resumes where it stopped.
 */
async function sendSpooled(req: Request, res: Response, answer: Answer, file: SpooledFile, outcome: string): Promise<void> {
  let sent = { path: file.path, etag: answer.etag };
  if (worthCompressing(file.bytes, answer.contentType)) {
    res.vary('Accept-Encoding');
    if (file.gzip && acceptsGzip(req)) {
      sent = { path: file.gzip.path, etag: gzipEtag(answer.etag) };
      res.setHeader('Content-Encoding', 'gzip');
    }
  }
  sendHeaders(res, answer, sent.etag, outcome);
  res.type(answer.contentType);
  await new Promise<void>((resolve, reject) =>
    res.sendFile(sent.path, { etag: false, lastModified: false, cacheControl: false, acceptRanges: true, dotfiles: 'allow' }, (error) => {
      if (!error) return resolve();
      // Headers already chosen for a file that has gone are taken back before the request is answered again.
      if (!res.headersSent) for (const name of ['Content-Encoding', 'ETag', 'X-Rantai-Work', 'Content-Disposition', 'Vary']) res.removeHeader(name);
      reject(error);
    }),
  );
}

/**
 * The body to send and its validator: the answer's gzip when the client accepts it and it is worth
 * sending (encoding.ts), else the body itself. A body that could be compressed varies by
 * Accept-Encoding either way, so that a shared cache keeps the two apart.
 */
async function encoded(req: Request, res: Response, work: Work, answer: Answer): Promise<{ body: Buffer; etag: string }> {
  const zipped = await negotiate(req, res, answer.body, answer.contentType, () => gzipOf(answer, (bytes) => work.keep(answer, bytes)));
  return zipped ? { body: zipped, etag: gzipEtag(answer.etag) } : answer;
}

/**
 * The gzip to send for a body, or null to send it as it is: a body worth compressing varies by
 * Accept-Encoding, and its gzip (from `zip`) goes to a client that accepts gzip.
 */
async function negotiate(req: Request, res: Response, body: Buffer, contentType: string, zip: () => Promise<Buffer | null>): Promise<Buffer | null> {
  if (!worthCompressing(body.byteLength, contentType)) return null;
  res.vary('Accept-Encoding');
  const zipped = acceptsGzip(req) ? await zip() : null;
  if (zipped) res.setHeader('Content-Encoding', 'gzip');
  return zipped;
}

/**
 * Sends a body computed outside the work gate (the Cypher console's rows, up to 100,000), gzipped
 * when the client accepts it and it is worth it; express gives it a validator of the bytes sent.
 */
export async function sendBody(req: Request, res: Response, body: Buffer, contentType: string): Promise<void> {
  res.type(contentType);
  res.send((await negotiate(req, res, body, contentType, () => gzipBody(body))) ?? body);
}

/** sendWork for a JSON answer. */
export function sendJson(req: Request, res: Response, store: GraphStore, work: RouteWork, compute: () => Promise<unknown>): Promise<void> {
  return sendWork(req, res, store, work, async () => {
    const value = await compute();
    // Serialising a large answer (a province's view, 10 MB, 0.2 s) is a step of its own: the
    // computation before it may have held the thread as long.
    await yieldToEventLoop();
    return jsonAnswer(value);
  });
}
