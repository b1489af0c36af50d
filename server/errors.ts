// The error catalogue: every error the API answers with, its HTTP status and a stable code that
// clients and tests rely on (the message may change, the code may not). An error raised with a Text
// (a message key and its parameters, server/i18n) keeps it, so whoever answers can write the
// message in the reader's language (localiseError); its `message` is the English.
import type { Lang } from './i18n/lang.ts';
import { render, text as textOf, type Text } from './i18n/text.ts';

export const ERROR_CODES = {
  invalid_request: 400,
  invalid_parameter: 400,
  /** A JSON body nested deeper than the server accepts (refused while scanning, before parsing). */
  body_too_deep: 400,
  unknown_id: 404,
  not_found: 404,
  method_not_allowed: 405,
  /** The request (headers or body) did not arrive in time. */
  request_timeout: 408,
  /** The request line and headers are larger than Node's HTTP parser reads (http.maxHeaderSize). */
  headers_too_large: 431,
  dataset_invalid: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  /** A Range outside the file being sent (its size is in Content-Range: bytes *\/size and the details). */
  range_not_satisfiable: 416,
  unauthorized: 401,
  writes_disabled: 403,
  query_refused: 400,
  query_timeout: 408,
  too_many_requests: 429,
  console_busy: 503,
  not_implemented: 501,
  /** Neo4j cannot be reached (down, restarting, unknown database). */
  store_unavailable: 503,
  /** Analyses in flight and the queue for them are full, or a request waited too long: retry later (Retry-After). */
  over_capacity: 503,
  /** An analysis was not ready within its route's time budget (Retry-After); work kept for every request goes on. */
  time_budget_exceeded: 503,
  /** The server's memory was too full to start another analysis (Retry-After). */
  memory_budget_exceeded: 503,
  /** What the request asks for is too large to compute or send within the server's budget. */
  request_too_large: 413,
  /** Another load into Neo4j holds the load lock (its holder is named in the message and details). */
  load_in_progress: 409,
  /** Neo4j is reachable but cannot take the work now (transient errors, locks, a full connection pool). */
  store_busy: 503,
  /** Neo4j stopped the transaction at its memory limit. */
  store_memory_limit: 503,
  /** Neo4j refused Rantai's own credentials: a server configuration problem, not the client's. */
  store_auth: 503,
  /** Neo4j stopped the transaction at its time limit. */
  store_timeout: 504,
  /** The server is finishing its requests before it stops; send new ones to another instance or later. */
  shutting_down: 503,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface AppErrorOptions {
  /** Seconds after which a retry may succeed (sent as Retry-After). */
  retryAfterSeconds?: number;
  /** The details in a language, where they hold sentences (the details given are the English). */
  detailsIn?: (lang: Lang) => unknown;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: unknown;
  readonly retryAfterSeconds?: number;
  readonly detailsIn?: (lang: Lang) => unknown;
  /** The message as a key and parameters, when it was raised that way (it can then be told in any language). */
  readonly text?: Text;
  constructor(code: ErrorCode, message: string | Text, details?: unknown, options: AppErrorOptions = {}) {
    super(typeof message === 'string' ? message : render('en', message));
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CODES[code];
    this.details = details;
    if (typeof message !== 'string') this.text = message;
    if (options.retryAfterSeconds !== undefined) this.retryAfterSeconds = options.retryAfterSeconds;
    if (options.detailsIn) this.detailsIn = options.detailsIn;
  }

  /** The details in a language (as given when they hold no sentences). */
  detailsOf(lang: Lang): unknown {
    return this.detailsIn ? this.detailsIn(lang) : this.details;
  }

  /** The message in a language (the English one when the error was raised as plain text). */
  messageIn(lang: Lang): string {
    return this.text ? render(lang, this.text) : this.message;
  }
}

/**
 * The same error with its message in `lang` (code, status and Retry-After unchanged; details too, unless
 * they hold sentences, which are then told in `lang` as well); other
 * errors, and errors raised as plain text, are returned as they are.
 */
export function localiseError(error: unknown, lang: Lang): unknown {
  if (!(error instanceof AppError) || !error.text || lang === 'en') return error;
  const options: AppErrorOptions = {
    ...(error.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: error.retryAfterSeconds }),
    ...(error.detailsIn ? { detailsIn: error.detailsIn } : {}),
  };
  const localised = new AppError(error.code, error.text, error.detailsOf(lang), options);
  return Object.assign(localised, { message: render(lang, error.text) });
}

/** The words for what an id should have named ("no cluster has id …"), by the names callers use. */
const ENTITY_WORDS: Readonly<Record<string, Text>> = {
  cluster: textOf('entity.cluster'),
  component: textOf('entity.component'),
  process: textOf('entity.process'),
  material: textOf('entity.material'),
  firm: textOf('entity.firm'),
  'cluster or firm': textOf('entity.clusterOrFirm'),
};

/**
 * A view of single firms of more firms than it can hold (server/store/views.ts, MAX_FOCUS_FIRMS):
 * 413 with the count and the limit, on both stores. `unfiltered`: the view has no filter (its
 * focus is the whole dataset), so the sentence names the dataset and the ways to a smaller answer.
 */
export class FocusTooLargeError extends AppError {
  constructor(count: number, max: number, unfiltered = false) {
    super('payload_too_large', textOf(unfiltered ? 'error.wholeViewTooLarge' : 'error.focusTooLarge', { count: { grouped: count }, max: { grouped: max } }), { part: 'focus', count, max });
  }
}

/** An id in a request that names nothing in the store (maps to 400 in query params, 404 in paths). */
export class UnknownIdError extends AppError {
  constructor(field: string, id: string, what: string) {
    super('invalid_parameter', textOf('error.unknownId', { field, id, what: ENTITY_WORDS[what] ?? what }), { field, id });
  }
}
