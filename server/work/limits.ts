// How much analysis work one store takes on at once, how long an analysis may run, how full the
// heap may be when one starts, and how much the answer cache keeps. The defaults suit the
// project's machine kind (2 cores shared); every limit can be set from the environment
// (server/config.ts, README "Configuration").
import { z } from 'zod';
import type { Config } from '../config.ts';

export const workLimitsShape = z.strictObject({
  /** Analyses computed at once per store (answers shared by identical requests count once). */
  concurrency: z.number().int().min(1),
  /**
   * Whole-graph exports written at once per store, in a lane of their own: each is seconds of work
   * and up to ~2 GB on a worker at national scale, and in the analyses' places four of them kept
   * every analysis waiting (a firm list took 12.9 s instead of 0.15 s).
   */
  exportConcurrency: z.number().int().min(1),
  /** Analyses waiting for a free place; beyond it a request is refused at once (503 over_capacity). */
  queue: z.number().int().min(0),
  /** Longest wait for a place before the request is refused (503 over_capacity). */
  queueWaitMs: z.number().int().min(0),
  /** Time budget of one analysis (routes may have a multiple of it: budgets.ts). */
  timeoutMs: z.number().int().min(1),
  /** No analysis starts while the V8 heap is fuller than this share of its limit (percent). */
  heapPercent: z.number().gt(0).max(100),
  /** The answer cache: at most this many answers and this many bytes (0 turns it off). */
  cacheEntries: z.number().int().min(0),
  cacheBytes: z.number().int().min(0),
});
export type WorkLimits = z.infer<typeof workLimitsShape>;

export const DEFAULT_WORK_LIMITS: WorkLimits = {
  concurrency: 4,
  exportConcurrency: 1,
  queue: 64,
  queueWaitMs: 15_000,
  timeoutMs: 30_000,
  heapPercent: 85,
  cacheEntries: 256,
  cacheBytes: 256 * 2 ** 20,
};

/** The defaults with `overrides` applied; throws naming the field when one is out of range. */
export function resolveWorkLimits(overrides: Partial<WorkLimits> = {}): WorkLimits {
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined));
  const result = workLimitsShape.safeParse({ ...DEFAULT_WORK_LIMITS, ...defined });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`work limits: ${issue.path.join('.')}: ${issue.message}`);
  }
  return result.data;
}

/** The limits the environment sets (readConfig has validated each variable). */
export function workLimitsFromConfig(config: Config): WorkLimits {
  return resolveWorkLimits({
    concurrency: config.RANTAI_ANALYSIS_CONCURRENCY,
    exportConcurrency: config.RANTAI_EXPORT_CONCURRENCY,
    queue: config.RANTAI_ANALYSIS_QUEUE,
    queueWaitMs: config.RANTAI_ANALYSIS_QUEUE_WAIT_MS,
    timeoutMs: config.RANTAI_ANALYSIS_TIMEOUT_MS,
    heapPercent: config.RANTAI_HEAP_LIMIT_PERCENT,
    cacheEntries: config.RANTAI_CACHE_ENTRIES,
    cacheBytes: config.RANTAI_CACHE_MB === undefined ? undefined : Math.round(config.RANTAI_CACHE_MB * 2 ** 20),
  });
}
