// The error catalogue: every error the API answers with, its HTTP status and a stable code that
// clients and tests rely on (the message may change, the code may not).
export const ERROR_CODES = {
  invalid_request: 400,
  invalid_parameter: 400,
  unknown_id: 404,
  not_found: 404,
  method_not_allowed: 405,
  dataset_invalid: 422,
  payload_too_large: 413,
  unsupported_media_type: 415,
  unauthorized: 401,
  writes_disabled: 403,
  query_refused: 400,
  query_timeout: 408,
  too_many_requests: 429,
  console_busy: 503,
  not_implemented: 501,
  store_unavailable: 503,
  /** Analyses in flight and the queue for them are full, or a request waited too long: retry later (Retry-After). */
  over_capacity: 503,
  /** An analysis ran past its route's time budget and was stopped (Retry-After). */
  time_budget_exceeded: 503,
  /** The server's memory was too full to start another analysis (Retry-After). */
  memory_budget_exceeded: 503,
  /** What the request asks for is too large to compute or send within the server's budget. */
  request_too_large: 413,
  /** Another load into Neo4j holds the load lock (its holder is named in the message and details). */
  load_in_progress: 409,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CODES[code];
    this.details = details;
  }
}

/** An id in a request that names nothing in the store (maps to 400 in query params, 404 in paths). */
export class UnknownIdError extends AppError {
  constructor(field: string, id: string, what: string) {
    super('invalid_parameter', `${field}: no ${what} has id "${id}"`, { field, id });
  }
}
