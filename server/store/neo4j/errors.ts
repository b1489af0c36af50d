// Maps Neo4j driver and server failures to the error catalogue (server/errors.ts), so that a client
// gets a stable code and a sentence it can act on instead of a bare 500 "internal". One table, read
// top to bottom, first match wins; codes are Neo4j 5's status codes
// (https://neo4j.com/docs/status-codes/5/) and the driver's own (ServiceUnavailable, SessionExpired,
// and "N/A" for its client-side failures such as a connection-acquisition timeout). Anything not in
// the table (a mistake in one of Rantai's own queries, say) stays an internal error.
// Errors are recognised by shape (name "Neo4jError" and a string code) rather than instanceof, so
// this module does not load the driver: the API's error handler uses it on every store.
import { AppError, type ErrorCode } from '../../errors.ts';
import { text, type Text } from '../../i18n/index.ts';

export interface Neo4jErrorRule {
  /** Matches the error's code (and, for the driver's "N/A" errors, its message). */
  code: RegExp;
  message?: RegExp;
  to: ErrorCode;
  /** The sentence the client sees (in its language); `raw` is Neo4j's own message, for the rare rule that quotes it. */
  say: (raw: string) => Text;
  retryAfterSeconds?: number;
}

/** The database named in Neo4j's message ("Database does not exist: x", "Graph not found: x", "Database name: 'x'"). */
const databaseName = (raw: string): string => /(?:name|does not exist|not found):? ['`"]?([^'`".\s]+)/i.exec(raw)?.[1] ?? '';

export const NEO4J_ERROR_TABLE: readonly Neo4jErrorRule[] = [
  {
    code: /^(ServiceUnavailable|SessionExpired)$/,
    to: 'store_unavailable',
    say: () => text('store.unreachable'),
    retryAfterSeconds: 5,
  },
  {
    code: /^Neo\.TransientError\.General\.DatabaseUnavailable$/,
    to: 'store_unavailable',
    say: () => text('store.starting'),
    retryAfterSeconds: 5,
  },
  {
    code: /^Neo\.ClientError\.Database\.DatabaseNotFound$/,
    to: 'store_unavailable',
    say: (raw) => {
      const name = databaseName(raw);
      return text('store.noDatabase', { named: name ? text('store.named', { name }) : '' });
    },
  },
  {
    code: /^Neo\.(ClientError|TransientError)\.Cluster\./,
    to: 'store_unavailable',
    say: () => text('store.cluster'),
    retryAfterSeconds: 5,
  },
  {
    code: /ForbiddenOnReadOnlyDatabase/,
    to: 'store_unavailable',
    say: () => text('store.readOnly'),
  },
  {
    code: /^Neo\.ClientError\.Transaction\.TransactionTimedOut/,
    to: 'store_timeout',
    say: () => text('store.timeout'),
  },
  {
    code: /MemoryPoolOutOfMemoryError|TransactionMemoryLimit|OutOfMemoryError|MemoryLimitExceeded/,
    to: 'store_memory_limit',
    say: () => text('store.memory'),
  },
  {
    code: /^Neo\.ClientError\.Security\./,
    to: 'store_auth',
    say: () => text('store.auth'),
  },
  {
    code: /^Neo\.(ClientError|TransientError)\.Transaction\.(Terminated|LockClientStopped|Outdated)$/,
    to: 'store_busy',
    say: () => text('store.terminated'),
    retryAfterSeconds: 2,
  },
  {
    code: /^Neo\.TransientError\./,
    to: 'store_busy',
    say: () => text('store.transient'),
    retryAfterSeconds: 2,
  },
  {
    code: /^N\/A$/,
    message: /Connection acquisition timed out/i,
    to: 'store_busy',
    say: () => text('store.pool'),
    retryAfterSeconds: 2,
  },
  {
    // The driver's own connection failures carry no server code.
    code: /^(N\/A|)$/,
    message: /ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH|Failed to connect|Could not perform discovery|connection.*(closed|lost|terminated)/i,
    to: 'store_unavailable',
    say: () => text('store.unreachable'),
    retryAfterSeconds: 5,
  },
];

interface Neo4jErrorLike {
  code: string;
  message: string;
}

export const isNeo4jError = (error: unknown): error is Neo4jErrorLike & Error =>
  error instanceof Error && error.name === 'Neo4jError' && typeof (error as { code?: unknown }).code === 'string';

/** Socket errors raised outside the driver's error type (e.g. while it opens a connection). */
const SOCKET_ERROR = /ECONNREFUSED|ECONNRESET|EPIPE|socket hang up/;

/** The table's rule for an error, if any. */
export function neo4jRuleFor(error: unknown): Neo4jErrorRule | undefined {
  if (!isNeo4jError(error)) return undefined;
  return NEO4J_ERROR_TABLE.find((rule) => rule.code.test(error.code) && (!rule.message || rule.message.test(error.message)));
}

/** Whether the error means Neo4j cannot be reached (as opposed to a failing query). */
export function isUnavailable(error: unknown): boolean {
  const rule = neo4jRuleFor(error);
  if (rule) return rule.to === 'store_unavailable';
  return !isNeo4jError(error) && error instanceof Error && SOCKET_ERROR.test(error.message);
}

/** The catalogue error for a driver failure, or the error itself when the table has no rule for it. */
export function mapDriverError(error: unknown): unknown {
  if (error instanceof AppError) return error;
  const rule = neo4jRuleFor(error);
  if (rule) {
    const raw = (error as Neo4jErrorLike).message;
    const options = rule.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: rule.retryAfterSeconds };
    return new AppError(rule.to, rule.say(raw), { neo4jCode: (error as Neo4jErrorLike).code }, options);
  }
  if (isUnavailable(error)) {
    return new AppError('store_unavailable', text('store.unreachable'), undefined, { retryAfterSeconds: 5 });
  }
  return error;
}
