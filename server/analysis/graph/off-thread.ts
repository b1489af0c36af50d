// POST /api/analysis/graph on a worker thread. A posted graph within the size caps could hold the
// main thread for seconds: PageRank that does not converge runs max_iter iterations (3,000 nodes,
// 15,000 edges and max_iter 100,000 took 11 s), Louvain, edge betweenness and a top search run
// where they are called, and /api/health waited 9.6 s behind one such request. On the worker
// (util/job-worker.ts: one job at a time, ended when the request's signal aborts: the client went
// away or the time budget was spent) nothing else waits; betweenness still spreads over its own
// pool from there. A request of a few hundred edges stays on the main thread, where it takes less
// than handing it over. The same code runs either way, so the answers are the same.
import { JobWorker, jobErrorAsData, raiseJobError, type JobError } from '../../util/job-worker.ts';
import { analyseGraph } from './analyse.ts';
import { GraphFileError } from './file-error.ts';
import type { GraphRequest, GraphResult } from './schema.ts';

/** A request at most this large (edges, listed nodes; no file) and max_iter is answered in place. */
export const IN_PLACE_MAX = { edges: 1_000, nodes: 1_000, maxIter: 1_000 } as const;

/** An error as data; a file's problem keeps its place, so that its details are told in the reader's language. */
export type GraphJobError = JobError | { kind: 'file'; place: GraphFileError['place'] };

export const graphErrorAsData = (e: unknown): GraphJobError => (e instanceof GraphFileError ? { kind: 'file', place: e.place } : jobErrorAsData(e));

const raiseGraphError = (e: GraphJobError): Error => (e.kind === 'file' ? new GraphFileError(e.place.file, e.place.line, e.place.column, e.place.reason) : raiseJobError(e, 'graph analysis'));

const graphWorker = new JobWorker<GraphRequest, GraphJobError>(new URL('./worker.ts', import.meta.url), 'graph analysis', raiseGraphError);

/** Whether a request is small enough to answer on the main thread (milliseconds of work). */
export function answersInPlace(request: GraphRequest): boolean {
  const maxIter = request.metrics?.pagerank?.max_iter ?? 100;
  return !request.file && (request.edges?.length ?? 0) <= IN_PLACE_MAX.edges && (request.nodes?.length ?? 0) <= IN_PLACE_MAX.nodes && maxIter <= IN_PLACE_MAX.maxIter;
}

/**
 * analyseGraph with the route's limits, on the worker unless the request is small. `inPlace`
 * decides otherwise (tests). Its work caps (cost.ts) are checked on the worker as in place: a
 * refusal comes back as the same AppError.
 */
export async function analyseGraphOffThread(request: GraphRequest, options: { checkpoint?: () => void; signal?: AbortSignal; inPlace?: boolean } = {}): Promise<GraphResult> {
  if (options.inPlace ?? answersInPlace(request)) return analyseGraph(request, { checkpoint: options.checkpoint, signal: options.signal });
  return graphWorker.run<GraphResult>(request, options.signal);
}
