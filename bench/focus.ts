// Focused views at national scale: GET /api/graph for one cluster (network, tiers, map) on a
// generated dataset of 416 clusters, 100,000 firms and 2,000 components (seed 1), on the embedded
// store and on Neo4j, and the benchmark process's peak RSS. Peer, measured in the same run: the
// read every focused request made before it read only its neighbourhood — the store's whole view
// (every firm and the view's relationships), timed as the unfocused view — so the ratio is what
// the focused read saves. Recommended links (links=recommended) come from the missing-links
// analysis, benchmarked on its own; RECOMMENDED=yes also times one such request here.
// Run: npm run bench -- focus   (FIRMS=…, REPEATS=…; NEO4J=skip or EMBEDDED=skip to leave a store
// out; NEO4J_URI=… NEO4J_LOADED=yes to time a database that already holds the dataset)
import { graphView } from '../server/focus/index.ts';
import type { GraphQuery, GraphStore } from '../server/store/index.ts';
import { onNationalStores } from './national-stores.ts';

const CLUSTER = 'gcl-0007';
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Peak resident set size of this process so far (getrusage ru_maxrss, in KiB). */
const peakRssGiB = (): string => (process.resourceUsage().maxRSS / 2 ** 20).toFixed(2);

async function time(run: () => Promise<unknown>, repeats: number): Promise<number> {
  await run(); // warm-up (JIT, Neo4j plans and page cache)
  const xs: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t = performance.now();
    await run();
    xs.push(performance.now() - t);
  }
  return median(xs);
}

async function timeStore(label: string, store: GraphStore, repeats: number): Promise<void> {
  for (const view of ['network', 'tiers', 'map'] as const) {
    const query: GraphQuery = { view, cluster: CLUSTER };
    const answer = await store.graph(query);
    const focused = await time(() => store.graph(query), repeats);
    const whole = await time(() => store.graph({ view }), Math.min(repeats, 2));
    console.log(
      `focus: ${label}: ${view} of ${CLUSTER} (${answer.nodes.length} nodes, ${answer.links.length} links): ${focused.toFixed(0)} ms; whole-view read ${whole.toFixed(0)} ms (${(whole / focused).toFixed(1)}× faster)`,
    );
  }
  console.log(`focus: ${label}: peak RSS of the benchmark process so far ${peakRssGiB()} GiB`);
  if (process.env.RECOMMENDED !== 'yes') return;
  const t = performance.now();
  const withLinks = await graphView(store, { view: 'network', cluster: CLUSTER, links: 'recommended' });
  console.log(`focus: ${label}: network of ${CLUSTER} with links=recommended (${withLinks.recommended?.shown} of ${withLinks.recommended?.total} recommended): ${(performance.now() - t).toFixed(0)} ms, first request (missing-links analysis included)`);
}

export async function benchFocus(): Promise<void> {
  await onNationalStores('focus', 5, timeStore);
  console.log('focus: target: a focused view in well under a second on either store');
}
