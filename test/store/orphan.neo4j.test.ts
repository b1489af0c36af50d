// A Neo4j started by a test or a bench (test/setup/neo4j-process.ts) stops when the process that
// started it dies, even by SIGKILL, which runs no exit handler: the launcher watches a pipe on its
// standard input that only the parent holds (NEO4J_STOP_WITH_PARENT in scripts/neo4j). Before, a
// bench that crashed left its throw-away Neo4j running with its heap and port.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { javaAndMavenAvailable } from '../setup/neo4j-process.ts';

const canRun = javaAndMavenAvailable();
if (!canRun && process.env.CI) throw new Error('the orphan test needs Java 17 and Maven (CI installs them)');

/** Running: the pid exists and is not a zombie (an init that does not reap would keep one). */
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
};

let home = '';
let neo4jPid = 0;
afterAll(async () => {
  // If the test failed, do not leave the very orphan it looks for.
  if (neo4jPid && alive(neo4jPid)) process.kill(neo4jPid, 'SIGKILL');
  if (home) await rm(home, { recursive: true, force: true });
});

describe.skipIf(!canRun)('a local Neo4j and the process that started it', () => {
  it('stops within 30 s of its parent being killed with SIGKILL', async () => {
    home = await mkdtemp(path.join(tmpdir(), 'rantai-orphan-'));
    const child = spawn(process.execPath, ['bin/run-ts.mjs', 'test/fixtures/processes/neo4j-child.ts', home], { stdio: ['ignore', 'pipe', 'inherit'] });
    neo4jPid = await new Promise<number>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /neo4j pid (\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      child.once('exit', (code) => reject(new Error(`the child exited (${code}) before Neo4j was ready`)));
    });
    expect(alive(neo4jPid)).toBe(true);

    child.kill('SIGKILL');
    const deadline = Date.now() + 30_000;
    while (alive(neo4jPid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
    expect(alive(neo4jPid)).toBe(false);
  }, 240_000);
});
