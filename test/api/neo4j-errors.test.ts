// The Neo4j error table (server/store/neo4j/errors.ts, issue 18 item 11): driver and server codes
// (Neo4j 5 status codes, https://neo4j.com/docs/status-codes/5/, and the driver's own) become
// stable catalogue codes with a status, a sentence and Retry-After where a retry helps; codes the
// table does not know (a bug in one of Rantai's queries) stay internal errors. Errors are the
// driver's own Neo4jError objects. Real failures of a real Neo4j: neo4j-errors.neo4j.test.ts.
import { Neo4jError } from 'neo4j-driver';
import { afterEach, describe, expect, it } from 'vitest';
import { errorOf, serveWith, type TestServer } from '../helpers/app-with.ts';
import { AppError, ERROR_CODES } from '../../server/errors.ts';
import { EmbeddedStore, type GraphStore } from '../../server/store/index.ts';
import { isUnavailable, mapDriverError, NEO4J_ERROR_TABLE } from '../../server/store/neo4j/errors.ts';
import { smallDataset } from '../helpers/datasets.ts';

const neo = (code: string, message = 'from Neo4j') => new Neo4jError(message, code, '50N42', 'error: general processing exception');

// [driver code, message, catalogue code, HTTP status, Retry-After]
const TABLE: Array<[string, string, string, number, number | undefined]> = [
  ['ServiceUnavailable', 'Could not perform discovery. No routing servers available.', 'store_unavailable', 503, 5],
  ['SessionExpired', 'Session expired', 'store_unavailable', 503, 5],
  ['Neo.TransientError.General.DatabaseUnavailable', 'Database is unavailable', 'store_unavailable', 503, 5],
  ['Neo.ClientError.Database.DatabaseNotFound', "Database does not exist. Database name: 'rantai'.", 'store_unavailable', 503, undefined],
  ['Neo.ClientError.Cluster.NotALeader', 'No write operations are allowed on this database', 'store_unavailable', 503, 5],
  ['Neo.ClientError.General.ForbiddenOnReadOnlyDatabase', 'read only', 'store_unavailable', 503, undefined],
  ['Neo.ClientError.Transaction.TransactionTimedOut', 'The transaction has been terminated.', 'store_timeout', 504, undefined],
  ['Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration', 'timed out', 'store_timeout', 504, undefined],
  ['Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'exceeds the limit', 'store_memory_limit', 503, undefined],
  ['Neo.TransientError.General.TransactionMemoryLimit', 'exceeds the limit', 'store_memory_limit', 503, undefined],
  ['Neo.TransientError.General.OutOfMemoryError', 'OOM', 'store_memory_limit', 503, undefined],
  ['Neo.ClientError.Security.Unauthorized', 'The client is unauthorized due to authentication failure.', 'store_auth', 503, undefined],
  ['Neo.ClientError.Security.AuthenticationRateLimit', 'too many attempts', 'store_auth', 503, undefined],
  ['Neo.ClientError.Security.Forbidden', 'not allowed', 'store_auth', 503, undefined],
  ['Neo.ClientError.Security.CredentialsExpired', 'expired', 'store_auth', 503, undefined],
  ['Neo.ClientError.Transaction.Terminated', 'terminated', 'store_busy', 503, 2],
  ['Neo.TransientError.Transaction.Terminated', 'terminated', 'store_busy', 503, 2],
  ['Neo.TransientError.Transaction.LockClientStopped', 'LockClient[7] was stopped', 'store_busy', 503, 2],
  ['Neo.TransientError.Transaction.DeadlockDetected', 'deadlock', 'store_busy', 503, 2],
  ['Neo.TransientError.Transaction.LockAcquisitionTimeout', 'LockClient[9] timed out', 'store_busy', 503, 2],
  ['N/A', 'Connection acquisition timed out in 10000 ms. Pool status: Active conn count = 20, Idle conn count = 0.', 'store_busy', 503, 2],
  ['N/A', 'Failed to connect to server. Please ensure that your database is listening on the correct host and port. Caused by: connect ECONNREFUSED 127.0.0.1:7687', 'store_unavailable', 503, 5],
];

describe('the Neo4j error table', () => {
  it.each(TABLE)('%s → %s', (code, message, expected, status, retryAfter) => {
    const mapped = mapDriverError(neo(code, message));
    expect(mapped).toBeInstanceOf(AppError);
    const e = mapped as AppError;
    expect(e.code).toBe(expected);
    expect(e.status).toBe(status);
    expect(ERROR_CODES[e.code]).toBe(status);
    expect(e.retryAfterSeconds).toBe(retryAfter);
    expect(e.details).toEqual({ neo4jCode: code });
    // The client's sentence is Rantai's, not Neo4j's (which may name internals).
    expect(e.message).not.toContain(message);
    expect(isUnavailable(neo(code, message))).toBe(expected === 'store_unavailable');
  });

  it('the unknown database is named, so the administrator can fix NEO4J_DATABASE', () => {
    expect((mapDriverError(neo('Neo.ClientError.Database.DatabaseNotFound', "Database does not exist. Database name: 'rantai'.")) as AppError).message).toBe(
      'Neo4j has no database named "rantai": the server\'s NEO4J_DATABASE names a database that does not exist',
    );
  });

  it('every rule of the table is exercised above', () => {
    const used = new Set(TABLE.map(([code, message]) => NEO4J_ERROR_TABLE.findIndex((r) => r.code.test(code) && (!r.message || r.message.test(message)))));
    expect([...used].sort((a, b) => a - b)).toEqual(NEO4J_ERROR_TABLE.map((_r, i) => i));
  });

  it('codes outside the table, and other errors, are left alone; socket errors are unavailability', () => {
    const syntax = neo('Neo.ClientError.Statement.SyntaxError', 'Invalid input');
    expect(mapDriverError(syntax)).toBe(syntax);
    const plain = new Error('boom');
    expect(mapDriverError(plain)).toBe(plain);
    const app = new AppError('invalid_parameter', 'x');
    expect(mapDriverError(app)).toBe(app);
    expect((mapDriverError(new Error('connect ECONNREFUSED 127.0.0.1:7687')) as AppError).code).toBe('store_unavailable');
  });
});

describe('through the API', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  /** A store whose graph() fails with `error`, as a Neo4j store's read would if it let it through. */
  const failing = (error: Error): GraphStore => {
    const store = new EmbeddedStore(smallDataset(1));
    store.graph = () => Promise.reject(error);
    return store;
  };

  it('a driver error that reaches the error handler is mapped: 503 store_busy with Retry-After', async () => {
    server = await serveWith(failing(neo('Neo.TransientError.Transaction.DeadlockDetected', 'ForsetiClient[3] can\'t acquire')));
    const res = await fetch(`${server.url}/api/graph`);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('2');
    const error = errorOf(await res.json());
    expect(error.code).toBe('store_busy');
    expect(error.message).not.toContain('Forseti');
    expect(server.logged).toEqual([]);
  });

  it('an error outside the table stays a plain 500, logged on the server only', async () => {
    server = await serveWith(failing(neo('Neo.ClientError.Statement.SyntaxError', 'Invalid input \'MATC\'')));
    const res = await fetch(`${server.url}/api/graph`);
    expect(res.status).toBe(500);
    expect(errorOf(await res.json())).toEqual({ code: 'internal', message: 'internal error; the server log has the details' });
    expect(server.logged.join('\n')).toContain('SyntaxError');
  });
});
