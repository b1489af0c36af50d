// Two things that need a Neo4j of their own, started here with authentication on:
// - the database process sees none of the environment of whoever starts it: run.sh is handed this
//   test's whole environment plus a secret, and /proc/<pid>/environ of the Neo4j process must hold
//   neither (issue 18: a query read the server's RANTAI_WRITE_TOKEN that way);
// - the console signs in as its own Neo4j user (NEO4J_CONSOLE_USER), seen in SHOW TRANSACTIONS,
//   while the store's other work runs as NEO4J_USER; a console user that cannot sign in gives a 503
//   that names the setting, and the rest of the store keeps working. On Community that user has every
//   right (no roles), which is why the console's own checks must hold on their own.
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherRequestShape } from '../../server/console/index.ts';
import { AppError } from '../../server/errors.ts';
import { Neo4jStore } from '../../server/store/neo4j/index.ts';
import { javaAndMavenAvailable, startLocalNeo4j, type LocalNeo4j } from '../setup/neo4j-process.ts';

const canRun = javaAndMavenAvailable() || process.env.CI === 'true';
const SECRET = 'canary-3f1b2e8c9d7a4f60';
const ADMIN_PASSWORD = 'rantai-admin-test-pw';
const CONSOLE_PASSWORD = 'rantai-console-test-pw';
/** What run.sh hands to Java (scripts/neo4j/run.sh). */
const NEO4J_ENV = new Set(['PATH', 'JAVA_HOME', 'LANG', 'TZ', 'NEO4J_HOME', 'NEO4J_PORT', 'NEO4J_PAGECACHE', 'NEO4J_TRANSACTION_TIMEOUT', 'NEO4J_AUTH', 'NEO4J_STOP_WITH_PARENT']);

describe.skipIf(!canRun)("Neo4j's environment and the console's own user (a Neo4j with authentication)", () => {
  let home = '';
  let local: LocalNeo4j | undefined;
  let admin: Driver;

  beforeAll(async () => {
    home = await mkdtemp(path.join(tmpdir(), 'rantai-console-user-'));
    local = await startLocalNeo4j({ home, auth: true, unfilteredEnv: { ...process.env, RANTAI_WRITE_TOKEN: SECRET, AWS_SECRET_ACCESS_KEY: SECRET, NEO4J_PASSWORD: SECRET } });
    // A new server wants the initial password changed before anything else.
    const first = neo4j.driver(local.uri, neo4j.auth.basic('neo4j', 'neo4j'));
    const session = first.session({ database: 'system' });
    await session.run('ALTER CURRENT USER SET PASSWORD FROM $old TO $new', { old: 'neo4j', new: ADMIN_PASSWORD });
    await session.close();
    await first.close();
    admin = neo4j.driver(local.uri, neo4j.auth.basic('neo4j', ADMIN_PASSWORD));
    const system = admin.session({ database: 'system' });
    await system.run('CREATE USER rantai_console SET PASSWORD $pw CHANGE NOT REQUIRED', { pw: CONSOLE_PASSWORD });
    await system.close();
  }, 240_000);
  afterAll(async () => {
    await admin?.close();
    await local?.stop();
    if (home) await rm(home, { recursive: true, force: true });
  });

  it("hands Neo4j none of its starter's environment: run.sh passes only what Java and the launcher need", async () => {
    const environ = (await readFile(`/proc/${local!.pid}/environ`, 'utf8')).split('\0').filter(Boolean);
    // The process is Java itself (run.sh execs it), not a shell around it.
    expect(await readFile(`/proc/${local!.pid}/cmdline`, 'utf8')).toMatch(/^java\0/);
    expect(environ.join('\n')).not.toContain(SECRET);
    expect(environ.map((line) => line.slice(0, line.indexOf('='))).filter((name) => !NEO4J_ENV.has(name))).toEqual([]);
  });

  it('runs console queries as NEO4J_CONSOLE_USER and the rest as NEO4J_USER', async () => {
    const store = Neo4jStore.create({ uri: local!.uri, user: 'neo4j', password: ADMIN_PASSWORD, consoleUser: 'rantai_console', consolePassword: CONSOLE_PASSWORD });
    try {
      // Long enough (operator rows, so Neo4j can stop it) to be seen in SHOW TRANSACTIONS.
      const running = store.console(cypherRequestShape.parse({ query: 'UNWIND range(1, 30000000) AS x RETURN count(x) AS n', timeoutMs: 60_000 }));
      let users: string[] = [];
      for (let i = 0; i < 100 && users.length === 0; i++) {
        const session = admin.session({ database: 'neo4j' });
        const result = await session.run("SHOW TRANSACTIONS YIELD username, metaData WHERE metaData.app = 'rantai-console' RETURN username");
        await session.close();
        users = result.records.map((r) => r.get('username') as string);
        if (users.length === 0) await new Promise((r) => setTimeout(r, 50));
      }
      expect(users).toEqual(['rantai_console']);
      expect((await running).rows).toEqual([{ n: 30_000_000 }]);
      expect(await store.reachable()).toBe(true);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('answers 503 naming NEO4J_CONSOLE_USER when the console user cannot sign in; the store still works', async () => {
    const store = Neo4jStore.create({ uri: local!.uri, user: 'neo4j', password: ADMIN_PASSWORD, consoleUser: 'rantai_console', consolePassword: 'wrong-password' });
    try {
      const error = await store.console(cypherRequestShape.parse({ query: 'RETURN 1 AS one' })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect([(error as AppError).code, (error as AppError).status]).toEqual(['store_unavailable', 503]);
      expect((error as AppError).message).toMatch(/NEO4J_CONSOLE_USER/);
      expect(await store.read('RETURN 1 AS one', {})).toEqual([{ one: 1 }]);
    } finally {
      await store.close();
    }
  });

  it('is Community here: the console user has every right, so only the console checks keep it from SHOW USERS', async () => {
    const raw = neo4j.driver(local!.uri, neo4j.auth.basic('rantai_console', CONSOLE_PASSWORD));
    try {
      const session = raw.session({ database: 'system' });
      const [edition, users] = [await session.run('CALL dbms.components() YIELD edition RETURN edition'), await session.run('SHOW USERS YIELD user RETURN user')];
      await session.close();
      expect(edition.records[0]!.get('edition')).toBe('community');
      expect(users.records.map((r) => r.get('user') as string).sort()).toEqual(['neo4j', 'rantai_console']);
      const store = Neo4jStore.create({ uri: local!.uri, user: 'neo4j', password: ADMIN_PASSWORD, consoleUser: 'rantai_console', consolePassword: CONSOLE_PASSWORD });
      try {
        const refused = await store.console(cypherRequestShape.parse({ query: '\u001e// c\rSHOW USERS' })).catch((e: unknown) => e);
        expect((refused as AppError).code).toBe('query_refused');
      } finally {
        await store.close();
      }
    } finally {
      await raw.close();
    }
  });
});
