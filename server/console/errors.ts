// Turns what Neo4j answers to a console query into the error catalogue: a stopped transaction is a
// 408, a write in the read-only transaction or a forbidden action a 400 query_refused, a mistake in
// the query a 400 carrying Neo4j's own message (never a stack), an unreachable Neo4j or a console
// user that cannot sign in a 503 (server/store/neo4j/errors.ts).
import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../errors.ts';
import { mapDriverError } from '../store/neo4j/errors.ts';

const TIMEOUT_CODES = /TransactionTimedOut|Transaction\.Terminated|TransactionMarkedAsFailed/;
const MEMORY_CODES = /MemoryPoolOutOfMemoryError|OutOfMemory/;

export function consoleTimeout(timeoutMs: number): AppError {
  return new AppError(
    'query_timeout',
    `the query ran longer than ${timeoutMs / 1000} s and was stopped; narrow it (filters, LIMIT) or send a larger timeoutMs (at most 60000)`,
    { timeoutMs },
  );
}

export function mapConsoleError(error: unknown, timeoutMs: number, elapsedMs: number): unknown {
  if (!(error instanceof Neo4jError)) return mapDriverError(error);
  const code = error.code ?? '';
  // A terminated transaction near the deadline is the timeout, whatever code the server chose.
  if (/TransactionTimedOut/.test(code) || (TIMEOUT_CODES.test(code) && elapsedMs >= timeoutMs * 0.9)) return consoleTimeout(timeoutMs);
  if (MEMORY_CODES.test(code)) {
    return new AppError('query_refused', 'the query needed more memory than Neo4j allows for one transaction; narrow it (filters, LIMIT, aggregation)', { neo4jCode: code });
  }
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return new AppError('query_refused', 'Neo4j refused to write in the console\'s read-only transaction; the console only reads the graph', { neo4jCode: code });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit' || code === 'Neo.ClientError.Security.CredentialsExpired') {
    // The server's configuration, not the query: the console's Neo4j user cannot sign in.
    return new AppError('store_unavailable', 'the Cypher console cannot sign in to Neo4j with its user (NEO4J_CONSOLE_USER and NEO4J_CONSOLE_PASSWORD, or NEO4J_USER and NEO4J_PASSWORD); the other views still work', {
      neo4jCode: code,
    });
  }
  if (code.startsWith('Neo.ClientError.Security')) {
    return new AppError('query_refused', `Neo4j refused the query: ${error.message}`, { neo4jCode: code });
  }
  if (code.startsWith('Neo.ClientError')) {
    return new AppError('invalid_request', `Cypher error: ${error.message}`, { neo4jCode: code });
  }
  return mapDriverError(error);
}
