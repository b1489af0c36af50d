// Betweenness on worker threads: the sources are split into one part per core
// (os.availableParallelism()), each part's Brandes searches run in a worker of a small pool, and the
// raw sums are added up. The CSR arrays go to the workers once, in SharedArrayBuffers. Workers are
// started on first use and kept (unreferenced while idle, so they never keep a process alive);
// a job given a signal that aborts (the work gate: client gone, time budget) terminates its
// workers. Builds shared by several requests pass none: one client leaving must not stop them.
// Small jobs run inline: starting or waking workers costs more than a few million edge visits.
// The worker file is TypeScript like the rest of the server, so each worker registers tsx's loader
// before importing it (the same loader bin/rantai.mjs uses).
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { tsWorkerCode } from '../../util/ts-worker.ts';
import { brandesFrom, type BrandesArrays } from './brandes.ts';
import { brandesFolded, type FoldPlan } from './brandes-folded.ts';

export type BrandesJob =
  | { kind: 'folded'; n: number; plan: FoldPlan; sources: Int32Array }
  | { kind: 'general'; arrays: BrandesArrays; sources: Int32Array; endpoints: boolean };

/** Below this many edge visits (sources × searched edges and nodes) a job runs inline. */
export const PARALLEL_MIN_WORK = 20_000_000;

let bootCode: string | undefined;
const boot = (): string => (bootCode ??= tsWorkerCode(new URL('./brandes-worker.ts', import.meta.url)));

const idle: Worker[] = [];

function takeWorker(): Worker {
  const worker = idle.pop() ?? new Worker(boot(), { eval: true });
  worker.ref();
  return worker;
}

function release(worker: Worker): void {
  worker.removeAllListeners('message');
  worker.removeAllListeners('error');
  worker.removeAllListeners('exit');
  worker.unref();
  idle.push(worker);
}

function runOn(worker: Worker, job: BrandesJob, signal: AbortSignal | undefined): Promise<Float64Array> {
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      void worker.terminate();
      reject(signal!.reason);
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.once('message', (result: Float64Array) => {
      signal?.removeEventListener('abort', onAbort);
      release(worker);
      resolve(result);
    });
    worker.once('error', (error) => {
      signal?.removeEventListener('abort', onAbort);
      reject(error);
    });
    worker.once('exit', (code) => reject(new Error(`betweenness worker stopped (exit code ${code})`)));
    worker.postMessage(job);
  });
}

function shared<T extends Int32Array | Float64Array>(a: T): T {
  const buffer = new SharedArrayBuffer(Math.max(8, a.byteLength));
  const copy = (a instanceof Int32Array ? new Int32Array(buffer, 0, a.length) : new Float64Array(buffer, 0, a.length)) as T;
  copy.set(a);
  return copy;
}

function sharedJob(job: BrandesJob): BrandesJob {
  if (job.kind === 'folded') {
    const { plan } = job;
    const coreLengths = plan.coreLengths ? shared(plan.coreLengths) : null;
    return { ...job, plan: { nodes: shared(plan.nodes), leaves: shared(plan.leaves), coreOffsets: shared(plan.coreOffsets), coreTargets: shared(plan.coreTargets), coreLengths, sources: plan.sources } };
  }
  const a = job.arrays;
  const offsets = shared(a.offsets);
  const inOffsets = a.inOffsets === a.offsets ? offsets : shared(a.inOffsets);
  return { ...job, arrays: { n: a.n, offsets, targets: shared(a.targets), lengths: a.lengths ? shared(a.lengths) : null, inOffsets } };
}

export interface RunControl {
  /** Parts to split the sources into (default: the cores). */
  parts?: number;
  /** Stops the job: its workers are terminated. */
  signal?: AbortSignal;
  /** Called between sources when the job runs inline; may throw to stop it. */
  checkpoint?: () => void;
  /** Edge visits below which the job runs inline (default PARALLEL_MIN_WORK). */
  minWork?: number;
}

const runInline = (job: BrandesJob, checkpoint?: () => void): Float64Array =>
  job.kind === 'folded' ? brandesFolded(job.n, job.plan, job.sources, checkpoint) : brandesFrom(job.arrays, { sources: job.sources, endpoints: job.endpoints, checkpoint });

/** Edge and node visits the job will make, roughly. */
function workOf(job: BrandesJob): number {
  const size = job.kind === 'folded' ? job.plan.coreTargets.length + job.plan.sources.length : job.arrays.targets.length + job.arrays.n;
  return job.sources.length * size;
}

/** Raw Brandes sums of the job, on worker threads when it is large enough and there is more than one core. */
export async function runBrandes(job: BrandesJob, control: RunControl = {}): Promise<Float64Array> {
  const count = Math.min(control.parts ?? availableParallelism(), job.sources.length);
  if (count < 2 || workOf(job) < (control.minWork ?? PARALLEL_MIN_WORK)) return runInline(job, control.checkpoint);
  const base = sharedJob(job);
  // Strided parts: neighbouring node indices (often one component) go to different workers.
  const slices = Array.from({ length: count }, (_, p) => {
    const mine = new Int32Array(Math.ceil((job.sources.length - p) / count));
    for (let i = p, k = 0; i < job.sources.length; i += count) mine[k++] = job.sources[i]!;
    return mine;
  });
  const results = await Promise.all(slices.map((sources) => runOn(takeWorker(), { ...base, sources }, control.signal)));
  const total = results[0]!;
  for (let r = 1; r < results.length; r++) {
    const part = results[r]!;
    for (let i = 0; i < total.length; i++) total[i] += part[i]!;
  }
  return total;
}
