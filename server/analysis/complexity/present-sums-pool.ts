// present-sums.ts on both cores when the table is large: the main thread and one worker split the
// locations (rows of the upper triangle, ranges of output locations) and meet twice per ubiquity
// level (present-sums-sync.ts). computeYear is synchronous, so the main thread does its part and
// waits with Atomics.wait; the worker is started on the first large table and kept (unreferenced,
// so it never keeps a process alive). Until it has booted (its shared `ready` flag), and for small
// tables, the sums run on the main thread alone; if the worker does not take a job within
// CLAIM_TIMEOUT_MS or fails, the main thread does the job alone. Either way the results are bit
// for bit the same (present-sums.ts). The worker file is TypeScript like the rest of the server,
// so the worker registers tsx's loader first, as the betweenness pool does (network/brandes-pool.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { UbiquityLevels } from './levels.ts';
import type { Presence } from './presence.ts';
import { levelSums, newSumsJob, wholePart, type PresentSums, type SumsJob } from './present-sums.ts';
import { barrier, claimed, fail, newControl, PartFailed } from './present-sums-sync.ts';

/** Below this many additions of the row sums (nc × non-zeros of M) one thread is faster than two. */
export const PARALLEL_MIN_WORK = 4_000_000;
const CLAIM_TIMEOUT_MS = 200;

let helper: { worker: Worker; ready: Int32Array } | null = null;

const bootCode = (): string => {
  const pkgPath = createRequire(import.meta.url).resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  const tsx = pathToFileURL(path.join(path.dirname(pkgPath), pkg.exports['./esm/api']!.import.default)).href;
  const entry = new URL('./present-sums-worker.ts', import.meta.url).href;
  return `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry)}); });`;
};

/** The booted worker, or null (and one is started if none is). */
const readyWorker = (): Worker | null => {
  if (!helper) {
    const ready = new Int32Array(new SharedArrayBuffer(4));
    const worker = new Worker(bootCode(), { eval: true, workerData: { ready } });
    worker.unref();
    const forget = () => {
      if (helper?.worker === worker) helper = null;
    };
    worker.on('error', forget);
    worker.on('exit', forget);
    helper = { worker, ready };
    return null;
  }
  return Atomics.load(helper.ready, 0) === 1 ? helper.worker : null;
};

/** The sums and how many threads computed them. */
export interface PooledSums extends PresentSums {
  parts: 1 | 2;
}

const alone = (job: SumsJob): PooledSums => {
  levelSums(job, wholePart(job.nc), () => undefined);
  return { plain: job.plain, weighted: job.weighted, parts: 1 };
};

/**
 * Row-split point with about half of the upper triangle's entries above it (row i has nc − i):
 * nc (1 − 1/√2).
 */
const rowSplit = (nc: number): number => Math.round(nc * (1 - Math.SQRT1_2));

export interface PoolOptions {
  /** 1: the main thread alone (default: the cores). */
  threads?: number;
  /** Default PARALLEL_MIN_WORK. */
  minWork?: number;
}

/** Both sums (present-sums.ts); w null: weights 0 (no COG), `weighted` all 0. */
export const presentProximitySums = (pr: Presence, levels: UbiquityLevels, w: Float64Array | null, options: PoolOptions = {}): PooledSums => {
  const { nc, np, locStart, locIdx } = pr;
  const weight = w ?? new Float64Array(np);
  const threads = options.threads ?? availableParallelism();
  const parallel = threads >= 2 && nc >= 4 && nc * locIdx.length >= (options.minWork ?? PARALLEL_MIN_WORK);
  const worker = parallel ? readyWorker() : null;
  if (!worker) return alone(newSumsJob(nc, np, locStart, locIdx, levels, weight, false));
  const job = newSumsJob(nc, np, locStart, locIdx, levels, weight, true);
  const ctl = newControl();
  const split = rowSplit(nc);
  const half = nc >> 1;
  worker.postMessage({ job, part: { rowFrom: split, rowTo: nc, colFrom: half, colTo: nc }, ctl });
  if (!claimed(ctl, CLAIM_TIMEOUT_MS)) return alone(newSumsJob(nc, np, locStart, locIdx, levels, weight, false));
  try {
    levelSums(job, { rowFrom: 0, rowTo: split, colFrom: 0, colTo: half }, barrier(ctl, 2));
  } catch (error) {
    fail(ctl);
    if (!(error instanceof PartFailed)) throw error;
    return alone(newSumsJob(nc, np, locStart, locIdx, levels, weight, false));
  }
  return { plain: job.plain, weighted: job.weighted, parts: 2 };
};
