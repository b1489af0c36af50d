// Turns what Neo4j answers to a console query into the error catalogue: a stopped transaction is a
// 408, a write in the read-only transaction or a forbidden action a 400 query_refused, a mistake in
// the query (or a statement Neo4j could not execute as written) a 400 carrying Neo4j's own message
// (never a stack), an unreachable Neo4j or a console user that cannot sign in a 503
// (server/store/neo4j/errors.ts). Rantai's own words are in the language of the request
// (messages.ts); Neo4j's messages are quoted as Neo4j wrote them, cut at NEO4J_TEXT_MAX characters
// (neo4j-text.ts: they echo the query, which may be 100,000 characters long).
import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../errors.ts';
import { mapDriverError } from '../store/neo4j/errors.ts';
import { consoleMessages, type ConsoleLang } from './messages.ts';
import { capNeo4jText } from './neo4j-text.ts';

const TIMEOUT_CODES = /TransactionTimedOut|Transaction\.Terminated|TransactionMarkedAsFailed/;
const MEMORY_CODES = /MemoryPoolOutOfMemoryError|OutOfMemory/;
const SIGN_IN_CODES = new Set(['Neo.ClientError.Security.Unauthorized', 'Neo.ClientError.Security.AuthenticationRateLimit', 'Neo.ClientError.Security.CredentialsExpired']);

export function consoleTimeout(timeoutMs: number, lang: ConsoleLang = 'en'): AppError {
  return new AppError('query_timeout', consoleMessages(lang).timeout(timeoutMs), { timeoutMs });
}

export function mapConsoleError(error: unknown, timeoutMs: number, elapsedMs: number, lang: ConsoleLang = 'en'): unknown {
  if (!(error instanceof Neo4jError)) return mapDriverError(error);
  const m = consoleMessages(lang);
  const code = error.code ?? '';
  // A terminated transaction near the deadline is the timeout, whatever code the server chose.
  if (/TransactionTimedOut/.test(code) || (TIMEOUT_CODES.test(code) && elapsedMs >= timeoutMs * 0.9)) return consoleTimeout(timeoutMs, lang);
  if (MEMORY_CODES.test(code)) return new AppError('query_refused', m.memory, { neo4jCode: code });
  if (code === 'Neo.ClientError.Statement.AccessMode') return new AppError('query_refused', m.accessMode, { neo4jCode: code });
  // The server's configuration, not the query: the console's Neo4j user cannot sign in.
  if (SIGN_IN_CODES.has(code)) return new AppError('store_unavailable', m.signIn, { neo4jCode: code });
  if (code.startsWith('Neo.ClientError.Security')) return new AppError('query_refused', m.neo4jRefused(capNeo4jText(error.message)), { neo4jCode: code });
  if (code.startsWith('Neo.ClientError')) return new AppError('invalid_request', m.cypherError(capNeo4jText(error.message)), { neo4jCode: code });
  // Neo4j files some refusals of what a query asks at run time under DatabaseError, e.g. a
  // shortestPath whose two ends are the same node after a cartesian product: the query's doing,
  // which its author can rewrite, not the server's fault (it was a 500 "internal error").
  if (code === 'Neo.DatabaseError.Statement.ExecutionFailed') return new AppError('invalid_request', m.cypherError(capNeo4jText(error.message)), { neo4jCode: code });
  return mapDriverError(error);
}
