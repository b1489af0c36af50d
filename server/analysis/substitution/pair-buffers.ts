// The score and status of every (component, cluster) pair an evaluation fills: 7.4 MB at national
// scale (823,680 pairs), twice per what-if. Typed arrays live outside V8's heap, and V8 starts a
// full collection whenever such memory has grown by 64 MB since the last one: allocated afresh per
// request, they made every fourth or fifth what-if at national scale wait 1–1.5 s for a collection
// over the embedded store's graph (bench/README.md, issue 16's "Fifth round"). Reused
// instead: a request returns its buffers when its answer is built (releaseEvaluation), the next
// one takes them. A few sets are kept (a what-if holds two), all dropped after a quiet minute.
const KEEP = 4;
const IDLE_MS = 60_000;
/** Smaller sets (one component's or one cluster's pairs) cost V8 nothing worth keeping them for. */
const MIN_POOLED = 65_536;

export interface PairBuffers {
  score: Float64Array;
  status: Uint8Array;
}

const spare: PairBuffers[] = [];
let dropTimer: ReturnType<typeof setTimeout> | undefined;

/** Buffers for `pairs` pairs, with whatever a previous evaluation left in them (evaluate() fills every entry). */
export function takePairBuffers(pairs: number): PairBuffers {
  const at = spare.findIndex((b) => b.score.length === pairs);
  if (at >= 0) return spare.splice(at, 1)[0]!;
  return { score: new Float64Array(pairs), status: new Uint8Array(pairs) };
}

/** Gives buffers back once nothing reads them any more. */
export function givePairBuffers(buffers: PairBuffers): void {
  if (buffers.score.length < MIN_POOLED || spare.includes(buffers)) return;
  spare.push(buffers);
  // Sizes of an older dataset go first.
  if (spare.length > KEEP) spare.shift();
  if (dropTimer) clearTimeout(dropTimer);
  dropTimer = setTimeout(() => {
    spare.length = 0;
  }, IDLE_MS);
  dropTimer.unref();
}
