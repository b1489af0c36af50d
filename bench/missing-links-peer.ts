// One side of bench/missing-links.ts's peer comparison, run in a process of its own so that its
// peak memory is its own: `node bin/run-ts.mjs bench/missing-links-peer.ts <before|now> FIRMS`
// generates the dataset (416 clusters, FIRMS firms, 2,000 components, seed 1), loads it into the
// embedded store and answers missing links with the API's default limit (50):
//   before  the implementation this release replaced: the graph index, then every candidate's facts
//           listed and all ranked (embeddedCandidateRows + recommend, the code the analysis ran
//           before the ranking index; test/links/brute-force.ts is the same);
//   now     missingLinks(): first request (builds the ranking index), then a warm one.
// Prints one JSON line: {firms, total, seconds (first request), warmSeconds, peakRssMb, loadedMb, topScore}.
import { readFileSync } from 'node:fs';
import { embeddedCandidateRows, indexGraph, missingLinks, normaliseCandidate, recommend } from '../server/analysis/links/index.ts';
import { EmbeddedStore } from '../server/store/index.ts';
import { generateDataset } from '../seed/generator/index.ts';

const NO_FILTER = { buyer: null, cluster: null, component: null };
const peakRssMb = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) / 1024;

const [mode, firmsArg] = process.argv.slice(2);
const firms = Number(firmsArg ?? 10_000);
const store = new EmbeddedStore(generateDataset({ clusters: 416, firms, components: 2000, seed: 1 }));
await store.snapshot();
const loadedMb = peakRssMb();
const timed = async <T>(run: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const out = await run();
  return [out, (performance.now() - start) / 1000];
};
if (mode === 'before') {
  // Its first request built the graph index (kept until a reload), then listed and ranked.
  const [index, indexSeconds] = await timed(async () => indexGraph(await store.snapshot()));
  const [out, warmSeconds] = await timed(async () => recommend(embeddedCandidateRows(index, NO_FILTER).map(normaliseCandidate), 50));
  console.log(JSON.stringify({ firms, total: out.total, seconds: indexSeconds + warmSeconds, warmSeconds, peakRssMb: peakRssMb(), loadedMb, topScore: out.recommendations[0]?.score }));
} else if (mode === 'now') {
  const [out, seconds] = await timed(() => missingLinks(store, { limit: 50 }));
  const [, warmSeconds] = await timed(() => missingLinks(store, { limit: 50 }));
  console.log(JSON.stringify({ firms, total: out.total, seconds, warmSeconds, peakRssMb: peakRssMb(), loadedMb, topScore: out.recommendations[0]?.score }));
} else {
  throw new Error(`mode must be "before" or "now", got ${mode}`);
}
