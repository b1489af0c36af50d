// Maps driver failures to the error catalogue: an unreachable or restarting Neo4j is a 503 the
// client can retry; everything else stays an internal error.
import { Neo4jError } from 'neo4j-driver';
import { AppError } from '../../errors.ts';

const UNAVAILABLE = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable', 'Neo.ClientError.Database.DatabaseNotFound']);

export function isUnavailable(error: unknown): boolean {
  if (error instanceof Neo4jError) {
    return UNAVAILABLE.has(error.code) || error.code.startsWith('Neo.TransientError') || /connect|ECONNREFUSED|ECONNRESET|closed/i.test(error.message);
  }
  return error instanceof Error && /ECONNREFUSED|ECONNRESET|socket hang up/.test(error.message);
}

export function mapDriverError(error: unknown): unknown {
  if (isUnavailable(error)) {
    return new AppError('store_unavailable', 'Neo4j is not reachable right now; Rantai retries by itself, try again in a few seconds');
  }
  return error;
}
