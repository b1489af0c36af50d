// Starts and stops a local Neo4j (scripts/neo4j/run.sh) as a child process for tests.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const REPO = fileURLToPath(new URL('../..', import.meta.url));

export interface LocalNeo4j {
  uri: string;
  pid: number;
  stop: () => Promise<void>;
  kill: (signal?: NodeJS.Signals) => void;
}

export function javaAndMavenAvailable(): boolean {
  const ok = (cmd: string, args: string[]) => spawnSync(cmd, args, { stdio: 'ignore' }).status === 0;
  return ok('java', ['-version']) && ok('mvn', ['-v']);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Variables of this process that run.sh may see: what Maven and Java need to start, nothing else. */
const PASSED_ON = ['PATH', 'HOME', 'JAVA_HOME', 'MAVEN_OPTS', 'LANG', 'TZ'] as const;

/**
 * The whole environment of the Neo4j child process: never `...process.env`, which holds the tests'
 * (and in a bench the server's) secrets, readable by a query through /proc/<pid>/environ.
 */
export function neo4jProcessEnv(home: string, port: number, parent: NodeJS.ProcessEnv = process.env, auth = false): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const name of PASSED_ON) if (parent[name] !== undefined) env[name] = parent[name];
  return { ...env, NEO4J_HOME: home, NEO4J_PORT: String(port), NEO4J_HEAP: parent.NEO4J_HEAP ?? '1g', NEO4J_PAGECACHE: '256m', NEO4J_STOP_WITH_PARENT: '1', ...(auth ? { NEO4J_AUTH: 'enabled' } : {}) };
}

export interface StartOptions {
  home: string;
  port?: number;
  timeoutMs?: number;
  /** Start with authentication on (user neo4j, initial password "neo4j" to be changed first). */
  auth?: boolean;
  /** Only for tests of run.sh itself: this whole environment is handed to run.sh unfiltered. */
  unfilteredEnv?: NodeJS.ProcessEnv;
}

export async function startLocalNeo4j(options: StartOptions): Promise<LocalNeo4j> {
  const port = options.port ?? (await freePort());
  const env = neo4jProcessEnv(options.home, port, process.env, options.auth);
  const child = spawn('bash', ['scripts/neo4j/run.sh'], {
    cwd: REPO,
    env: options.unfilteredEnv ? { ...options.unfilteredEnv, NEO4J_HOME: env.NEO4J_HOME, NEO4J_PORT: env.NEO4J_PORT, NEO4J_AUTH: env.NEO4J_AUTH, NEO4J_STOP_WITH_PARENT: env.NEO4J_STOP_WITH_PARENT } : env,
    // stdin is a pipe this process holds and never writes: when it dies however it dies (a crashed
    // bench, an aborted test run), the pipe closes and Neo4j stops (NEO4J_STOP_WITH_PARENT).
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const tail: string[] = [];
  child.stderr.on('data', (d: Buffer) => {
    tail.push(d.toString());
    if (tail.length > 20) tail.shift();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Neo4j did not start within ${(options.timeoutMs ?? 180_000) / 1000} s:\n${tail.join('')}`)), options.timeoutMs ?? 180_000);
    child.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('neo4j ready')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Neo4j exited with code ${code} before it was ready:\n${tail.join('')}`));
    });
  });
  return {
    uri: `bolt://127.0.0.1:${port}`,
    pid: child.pid!,
    kill: (signal = 'SIGKILL') => child.kill(signal),
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
