// The work gate of one store: every analysis route answers through Work.answer(), which
//   1. reads the store's data version (fresh: a write committed before the request arrived is seen),
//   2. answers from the cache when this request was answered at this version before,
//   3. joins the computation of an identical request already in flight (single flight),
//   4. otherwise waits for a place (bounded queue: 503 over_capacity beyond it), checks the heap
//      (503 memory_budget_exceeded), and computes within the route's time budget (503
//      time_budget_exceeded), inside a work context (context.ts) that lets the store stop its
//      queries when the budget is spent or every client waiting for the answer has gone.
// Errors are never cached. A computation keeps its place until it has really stopped, so runaway
// work can never exceed the concurrency limit even after its clients were answered.
import type { GraphStore } from '../store/types.ts';
import { tooLargeOr, type Answer } from './answer.ts';
import { EXPORT_LANE, timeBudgetMs, type WorkRoute } from './budgets.ts';
import { runWithin } from './context.ts';
import { ClientGoneError, memoryBudgetExceeded, timeBudgetExceeded } from './errors.ts';
import { Gate } from './gate.ts';
import { heapShare } from './heap.ts';
import { requestKey } from './key.ts';
import type { WorkLimits } from './limits.ts';
import { LruCache } from './lru.ts';
import { SharedRuns } from './shared.ts';

export interface WorkRequest {
  route: WorkRoute;
  /** The validated request (query or body) the answer depends on. */
  params: unknown;
  /** Anything else the answer depends on (e.g. the Accept-Language header). */
  vary?: string;
  /** Aborted when the client goes away. */
  signal: AbortSignal;
  /** false: neither cached nor shared (cheap lookups whose version read would cost as much). */
  share?: boolean;
}

/** How a request was answered: from the cache, by joining a computation in flight, or computed. */
export type Outcome = 'hit' | 'shared' | 'computed';

export interface WorkStats {
  /** Computations started (each one is a run of the route's analysis). */
  computed: number;
  hits: number;
  shared: number;
  /** Refused with over_capacity (queue full or waited too long). */
  refused: number;
  /** Stopped because every client waiting for them went away. */
  cancelled: number;
  /** Stopped at their time budget. */
  timedOut: number;
  /** Refused because the heap was too full. */
  memoryRefused: number;
}

export class Work {
  readonly stats: WorkStats = { computed: 0, hits: 0, shared: 0, refused: 0, cancelled: 0, timedOut: 0, memoryRefused: 0 };
  private readonly gate: Gate;
  private readonly exportGate: Gate;
  private readonly cache: LruCache<Answer>;
  /** The cache key of each kept answer, to weigh its gzip once it is made (keep). */
  private readonly keys = new WeakMap<Answer, string>();
  private readonly runs = new SharedRuns<Answer>();
  private version: string | undefined;

  constructor(
    private readonly store: GraphStore,
    readonly limits: WorkLimits,
  ) {
    this.gate = new Gate(limits);
    this.exportGate = new Gate({ concurrency: limits.exportConcurrency, queue: limits.queue, queueWaitMs: Math.max(limits.queueWaitMs, timeBudgetMs('export', limits.timeoutMs)) });
    this.cache = new LruCache(limits.cacheEntries, limits.cacheBytes);
  }

  /** Analyses running and waiting right now, and what the cache holds. */
  get load(): { inFlight: number; queued: number; exporting: number; exportsQueued: number; cached: number; cachedBytes: number } {
    return {
      inFlight: this.gate.inFlight,
      queued: this.gate.queued,
      exporting: this.exportGate.inFlight,
      exportsQueued: this.exportGate.queued,
      cached: this.cache.count,
      cachedBytes: this.cache.bytes,
    };
  }

  /** Counts `bytes` kept beside an answer (its gzip) in the cache's budget, if the answer is kept. */
  keep(answer: Answer, bytes: number): void {
    const key = this.keys.get(answer);
    if (key !== undefined) this.cache.grow(key, bytes);
  }

  /** Drops a kept answer (one whose file on disk has gone, http.ts), so that the next request computes it again. */
  forget(answer: Answer): void {
    const key = this.keys.get(answer);
    if (key !== undefined) this.cache.delete(key);
  }

  async answer(request: WorkRequest, compute: () => Promise<Answer>): Promise<{ answer: Answer; outcome: Outcome }> {
    if (request.share === false) {
      return { answer: await this.run(request.route, undefined, undefined, request.signal, compute, false), outcome: 'computed' };
    }
    const version = await this.store.version();
    if (version.key !== this.version) {
      // Answers of an older version can never be asked for again on a single server: free them.
      this.cache.clear();
      this.version = version.key;
    }
    const key = `${requestKey(request.route, request.params, request.vary ?? '')}@${version.key}`;
    const cached = this.cache.get(key);
    if (cached) {
      this.stats.hits += 1;
      return { answer: cached, outcome: 'hit' };
    }
    const { result, shared } = this.runs.join(key, request.signal, (signal) =>
      this.run(request.route, version.bookmarks, (answer) => {
        if (this.version === version.key && this.cache.set(key, answer, answer.body.byteLength)) this.keys.set(answer, key);
      }, signal, compute),
    );
    if (shared) this.stats.shared += 1;
    return { answer: await result, outcome: shared ? 'shared' : 'computed' };
  }

  private async run(route: WorkRoute, bookmarks: readonly string[] | undefined, keep: ((a: Answer) => void) | undefined, signal: AbortSignal, compute: () => Promise<Answer>, kept = true): Promise<Answer> {
    let release: () => void;
    try {
      release = await (EXPORT_LANE.has(route) ? this.exportGate : this.gate).acquire(signal);
    } catch (error) {
      if (signal.aborted) this.stats.cancelled += 1;
      else this.stats.refused += 1;
      throw error;
    }
    const share = heapShare();
    if (share > this.limits.heapPercent / 100) {
      release();
      this.stats.memoryRefused += 1;
      throw memoryBudgetExceeded(share, this.limits.heapPercent / 100);
    }
    const budgetMs = timeBudgetMs(route, this.limits.timeoutMs);
    const controller = new AbortController();
    const stop = (reason: unknown) => {
      if (!controller.signal.aborted) controller.abort(reason);
    };
    const onAbort = () => stop(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => stop(timeBudgetExceeded(budgetMs, kept)), budgetMs);
    this.stats.computed += 1;
    const context = { signal: controller.signal, deadline: Date.now() + budgetMs, budgetMs, kept, heapShare: this.limits.heapPercent / 100, bookmarks };
    const computing = runWithin(context, compute).catch((error: unknown) => {
      throw tooLargeOr(error);
    });
    // The place is given back when the computation has really stopped, not when its clients
    // were answered: a store that cannot stop at once still counts against the limit.
    computing.then(release, release).finally(() => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    });
    try {
      const answer = await new Promise<Answer>((resolve, reject) => {
        if (controller.signal.aborted) return reject(controller.signal.reason);
        controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
        computing.then(resolve, reject);
      });
      keep?.(answer);
      return answer;
    } catch (error) {
      if (controller.signal.aborted) {
        const reason: unknown = controller.signal.reason;
        if (reason instanceof ClientGoneError) this.stats.cancelled += 1;
        else this.stats.timedOut += 1;
        throw reason;
      }
      throw error;
    }
  }
}
