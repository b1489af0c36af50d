// `rantai serve` in a process of its own, for the benchmarks that measure a real server (its CPU,
// its memory, whether it goes on answering): started on a free port, ready once it says it listens.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../test/setup/neo4j-process.ts';

const RANTAI = path.join(fileURLToPath(new URL('..', import.meta.url)), 'bin/rantai.mjs');

export interface BenchServer {
  child: ChildProcess;
  port: number;
}

/** Starts `node [nodeFlags] rantai serve --port P [args]`; resolves once it says it listens. */
export async function startRantai(args: readonly string[], env: NodeJS.ProcessEnv, nodeFlags: readonly string[] = []): Promise<BenchServer> {
  const port = await freePort();
  const child = spawn(process.execPath, [...nodeFlags, RANTAI, 'serve', '--port', String(port), ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      log += d.toString();
      if (log.includes('Rantai on')) resolve();
    });
    child.stderr!.on('data', (d: Buffer) => (log += d.toString()));
    child.once('exit', (code) => reject(new Error(`rantai serve exited with ${code}:\n${log}`)));
  });
  return { child, port };
}

/** Stops it with SIGTERM (a graceful stop) and waits until it has exited. */
export async function stopRantai({ child }: BenchServer): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}
