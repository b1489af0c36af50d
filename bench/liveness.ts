// What the liveness benches share: the national dataset, a client asking /api/health while the server works, and the
// longest the event loop was held while work ran in this process.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RANTAI = fileURLToPath(new URL('../bin/rantai.mjs', import.meta.url));

/** Writes the national dataset (`rantai generate --clusters 416 --components 2000 --seed 1 --trade`, `firms` firms) into `out`. */
export function generateNational(out: string, firms: number): void {
  const generate = spawnSync(process.execPath, [RANTAI, 'generate', '--clusters', '416', '--firms', String(firms), '--components', '2000', '--seed', '1', '--trade', '--out', out], { encoding: 'utf8' });
  if (generate.status !== 0) throw new Error(`rantai generate failed:\n${generate.stderr}`);
}

export const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
export const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;

/** Asks /api/health every 100 ms until `done` settles; the time of each answer (ms). */
export async function healthWhile(port: number, done: Promise<unknown>): Promise<number[]> {
  let over = false;
  void done.finally(() => (over = true));
  const times: number[] = [];
  while (!over) {
    const started = performance.now();
    const res = await fetch(`http://127.0.0.1:${port}/api/health`, { headers: { connection: 'close' } });
    await res.text();
    times.push(performance.now() - started);
    await new Promise((r) => setTimeout(r, 100));
  }
  return times;
}

/** The longest the event loop was held (ms) while `work` ran, seen by a 10 ms timer. */
export async function longestStall(work: () => Promise<unknown>): Promise<{ ms: number; stallMs: number }> {
  let last = performance.now();
  let stall = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    stall = Math.max(stall, now - last);
    last = now;
  }, 10);
  const started = performance.now();
  await work();
  const ms = performance.now() - started;
  // Work that never yields ends before the timer fires: let it fire once more to see the hold.
  await new Promise((r) => setTimeout(r, 30));
  clearInterval(timer);
  return { ms, stallMs: stall };
}

