// Firm metrics for the server on a worker thread when the firm graph is large. At national scale
// (100,000 firms) PageRank and Louvain held the main thread about 1.5 s of an unweighted answer's
// 3.6 s, and the weighted metrics (NetworkX's algorithms on the summed graphs) about 3 s of 11 s:
// nothing else was answered meanwhile, /api/health included. The same code runs on the worker
// (util/job-worker.ts: one job at a time, ended when the request's signal aborts); betweenness
// still spreads over its own pool from there. The values come back as typed arrays, not 100,000
// objects. Small graphs stay on the main thread, where they take less than a worker's start.
import { JobWorker, raiseJobError, type JobError } from '../../util/job-worker.ts';
import type { FirmGraphInput } from './firm-graph.ts';
import { firmCommunities, firmMetrics, type FirmCommunities, type FirmMetrics } from './firm-metrics.ts';
import type { SupplyWeight } from './firm-metrics-weighted.ts';

/** Below this many firms the main thread computes the metrics itself. */
export const METRICS_OFF_THREAD_MIN_FIRMS = 20_000;

export interface MetricsOptions {
  seed?: number;
  weight?: SupplyWeight;
}
export interface MetricsJob {
  input: FirmGraphInput;
  options: MetricsOptions;
  /** Only the communities (firmCommunities): what a seed other than the kept one needs. */
  communitiesOnly?: boolean;
}
/** FirmMetrics with its rows as columns. */
export interface PackedMetrics {
  ids: string[];
  degree: Float64Array;
  betweenness: Float64Array;
  pagerank: Float64Array;
  community: Int32Array;
  modularity: number;
}

export function packMetrics(m: FirmMetrics): PackedMetrics {
  const n = m.firms.length;
  const out: PackedMetrics = { ids: new Array<string>(n), degree: new Float64Array(n), betweenness: new Float64Array(n), pagerank: new Float64Array(n), community: new Int32Array(n), modularity: m.modularity };
  m.firms.forEach((f, i) => {
    out.ids[i] = f.id;
    out.degree[i] = f.degree;
    out.betweenness[i] = f.betweenness;
    out.pagerank[i] = f.pagerank;
    out.community[i] = f.community;
  });
  return out;
}

export function unpackMetrics(p: PackedMetrics): FirmMetrics {
  return { firms: p.ids.map((id, i) => ({ id, degree: p.degree[i]!, betweenness: p.betweenness[i]!, pagerank: p.pagerank[i]!, community: p.community[i]! })), modularity: p.modularity };
}

const metricsWorker = new JobWorker<MetricsJob, JobError>(new URL('./metrics-worker.ts', import.meta.url), 'network metrics', (e) => raiseJobError(e, 'network metrics'));

/** firmMetrics, on the worker for a graph of `minFirms` firms or more. */
export async function firmMetricsOffThread(input: FirmGraphInput, options: MetricsOptions = {}, signal?: AbortSignal, minFirms = METRICS_OFF_THREAD_MIN_FIRMS): Promise<FirmMetrics> {
  if (input.firms.length < minFirms) return firmMetrics(input, options);
  return unpackMetrics(await metricsWorker.run<PackedMetrics>({ input, options }, signal));
}

/** firmCommunities, on the same worker (one job at a time) for a graph of `minFirms` firms or more. */
export async function firmCommunitiesOffThread(input: FirmGraphInput, options: MetricsOptions = {}, signal?: AbortSignal, minFirms = METRICS_OFF_THREAD_MIN_FIRMS): Promise<FirmCommunities> {
  if (input.firms.length < minFirms) return firmCommunities(input, options);
  return metricsWorker.run<FirmCommunities>({ input, options, communitiesOnly: true }, signal);
}
