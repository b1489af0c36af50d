// Unfocused views at national scale: GET /api/graph as the web views ask for it (group=auto, an
// overview: IKM drawn as their clusters, crowded tiers as one node per province) on a generated
// dataset of 416 clusters, 100,000 firms and 2,000 components (seed 1), on the embedded store and
// on Neo4j: server time, answer size (JSON bytes) and the benchmark process's peak RSS. Peer,
// measured in the same run: the firm-level answer of the same view (group=firm), what the views
// fetched before. Time to first drawing in the browser is measured by
// test/browser/overview-national.ts (a script: it needs the built front end and Chromium).
// Run: npm run bench -- overview   (FIRMS=…, REPEATS=…; NEO4J=skip or EMBEDDED=skip to leave a
// store out; NEO4J_URI=… NEO4J_LOADED=yes to time a database that already holds the dataset)
import type { GraphQuery, GraphStore } from '../server/store/index.ts';
import { onNationalStores } from './national-stores.ts';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const peakRssGiB = (): string => (process.resourceUsage().maxRSS / 2 ** 20).toFixed(2);
const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(bytes < 2 ** 20 ? 2 : 1);

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
    const query: GraphQuery = { view, group: 'auto' };
    const answer = await store.graph(query);
    const overview = await time(() => store.graph(query), repeats);
    const firm = await store.graph({ view });
    const whole = await time(() => store.graph({ view }), Math.min(repeats, 2));
    const size = Buffer.byteLength(JSON.stringify(answer));
    const firmSize = Buffer.byteLength(JSON.stringify(firm));
    console.log(
      `overview: ${label}: ${view} (${answer.grouping?.group ?? 'firm level'}; ${answer.nodes.length} nodes, ${answer.links.length} links, ${mb(size)} MB): ${overview.toFixed(0)} ms; ` +
        `firm level (peer: ${firm.nodes.length} nodes, ${mb(firmSize)} MB) ${whole.toFixed(0)} ms (${(whole / overview).toFixed(1)}× faster, ${(firmSize / size).toFixed(0)}× smaller)`,
    );
  }
  console.log(`overview: ${label}: peak RSS of the benchmark process so far ${peakRssGiB()} GiB`);
}

export async function benchOverview(): Promise<void> {
  await onNationalStores('overview', 3, timeStore);
  console.log('overview: target: every unfocused view in seconds on either store, an answer small enough to draw');
}
