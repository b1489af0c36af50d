// One worker thread that runs jobs one at a time in arrival order, for computations that would hold
// the main thread for seconds (economic complexity, network metrics at national scale). The worker
// is started on the first job and kept, referenced only while it has a job (an idle worker never
// keeps a process alive). A job whose signal aborts leaves the queue or, running, ends the worker
// (a computation cannot be interrupted otherwise); the next job starts a new one. Errors cross as
// data (`E`) and are raised again here with their class, since errors do not cross threads.
// The worker's side is serveJobs.
import { parentPort, Worker, type ResourceLimits, type TransferListItem } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../errors.ts';
import type { Text } from '../i18n/index.ts';
import { tsWorkerCode } from './ts-worker.ts';

export type JobReply<E> = { id: number; result: unknown } | { id: number; error: E };

/** An error as data: an AppError keeps its code, message and details; any other, its message. */
export type JobError = { kind: 'app'; code: ErrorCode; message: string | Text; details: unknown } | { kind: 'other'; message: string };

export const jobErrorAsData = (e: unknown): JobError =>
  e instanceof AppError ? { kind: 'app', code: e.code, message: e.text ?? e.message, details: e.details } : { kind: 'other', message: e instanceof Error ? e.message : String(e) };

/** The error again on the main thread; `name` says which worker another error came from. */
export const raiseJobError = (e: JobError, name: string): Error => (e.kind === 'app' ? new AppError(e.code, e.message, e.details) : new Error(`${name} worker: ${e.message}`));

interface Pending<J> {
  id: number;
  job: J;
  signal: AbortSignal | undefined;
  resolve: (r: unknown) => void;
  reject: (e: unknown) => void;
}

export class JobWorker<J, E> {
  private worker: Worker | null = null;
  private running: Pending<J> | null = null;
  private readonly queue: Array<Pending<J>> = [];
  private nextId = 1;

  /**
   * `entry`: the TypeScript module that calls serveJobs; `name`: what the worker is, for errors;
   * `resourceLimits`: the worker's own heap (a job that needs more ends the worker, not the process).
   */
  constructor(
    private readonly entry: URL,
    private readonly name: string,
    private readonly raise: (error: E) => Error,
    private readonly resourceLimits?: ResourceLimits,
  ) {}

  /** Jobs running or waiting. */
  get pending(): number {
    return this.queue.length + (this.running ? 1 : 0);
  }

  /** Ends the worker; a job it was on fails. */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    const done = this.running;
    this.running = null;
    done?.reject(new Error(`${this.name} worker closed`));
    for (const p of this.queue.splice(0)) p.reject(new Error(`${this.name} worker closed`));
    await w?.terminate();
  }

  /** The job's result, or its error raised again here. */
  run<T>(job: J, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(signal.reason);
      const onAbort = () => this.abort(pending);
      // The listener goes when the job settles: a signal may outlive many jobs.
      const settled = <A>(then: (a: A) => void) => (a: A) => {
        signal?.removeEventListener('abort', onAbort);
        then(a);
      };
      const pending: Pending<J> = { id: this.nextId++, job, signal, resolve: settled(resolve as (r: unknown) => void), reject: settled(reject) };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(pending);
      this.next();
    });
  }

  private start(): Worker {
    const w = new Worker(tsWorkerCode(this.entry), { eval: true, ...(this.resourceLimits ? { resourceLimits: this.resourceLimits } : {}) });
    w.on('message', (reply: JobReply<E>) => {
      const done = this.running;
      if (!done || done.id !== reply.id) return;
      this.running = null;
      if ('error' in reply) done.reject(this.raise(reply.error));
      else done.resolve(reply.result);
      this.next();
    });
    // A crash (out of memory, a bug) fails the job it was on; the next job starts a new worker.
    const lost = (error: unknown) => {
      if (this.worker !== w) return;
      this.worker = null;
      const done = this.running;
      this.running = null;
      done?.reject(error instanceof Error ? error : new Error(`${this.name} worker stopped (${String(error)})`));
      this.next();
    };
    w.on('error', lost);
    w.on('exit', (code) => lost(new Error(`${this.name} worker exited with code ${code}`)));
    return w;
  }

  /**
   * Starts the next job. The worker holds the process open while it has a job (a caller awaits it)
   * and not when idle, so that a process whose work is done exits. (The listeners are attached
   * first: with unref() called before them, a process that had used the worker never exited.)
   */
  private next(): void {
    if (this.running) return;
    const pending = this.queue.shift();
    if (!pending) {
      this.worker?.unref();
      return;
    }
    this.running = pending;
    this.worker ??= this.start();
    this.worker.ref();
    this.worker.postMessage({ id: pending.id, job: pending.job });
  }

  /** An aborted job leaves the queue, or, running, ends its worker. */
  private abort(pending: Pending<J>): void {
    const queued = this.queue.indexOf(pending);
    if (queued >= 0) {
      this.queue.splice(queued, 1);
      pending.reject(pending.signal!.reason);
      return;
    }
    if (this.running !== pending || !this.worker) return;
    const w = this.worker;
    this.worker = null;
    this.running = null;
    pending.reject(pending.signal!.reason);
    void w.terminate();
    this.next();
  }
}

/** What a job handler gives back: its result, and buffers to move rather than copy. */
export interface JobResult {
  result: unknown;
  transfer?: readonly TransferListItem[];
}

/** The worker's side of JobWorker: each job's result, or its error as data (`asData`). */
export function serveJobs<J, E>(handle: (job: J) => JobResult | Promise<JobResult>, asData: (error: unknown) => E): void {
  parentPort!.on('message', async ({ id, job }: { id: number; job: J }) => {
    let reply: JobReply<E>;
    let transfer: readonly TransferListItem[] = [];
    try {
      const done = await handle(job);
      reply = { id, result: done.result };
      transfer = done.transfer ?? [];
    } catch (e) {
      reply = { id, error: asData(e) };
    }
    parentPort!.postMessage(reply, transfer);
  });
}
