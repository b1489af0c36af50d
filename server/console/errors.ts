// Turns what Neo4j answers to a console query into the error catalogue: a stopped transaction is a
// 408, a mistake in the query a 400 carrying Neo4j's own message (never a stack), an unreachable
// Neo4j a 503 (server/store/neo4j/errors.ts).
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
  if (code.startsWith('Neo.ClientError.Security')) {
    return new AppError('query_refused', `Neo4j refused the query: ${error.message}`, { neo4jCode: code });
  }
  if (code.startsWith('Neo.ClientError')) {
    return new AppError('invalid_request', `Cypher error: ${error.message}`, { neo4jCode: code });
  }
  return mapDriverError(error);
}
