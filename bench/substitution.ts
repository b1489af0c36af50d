// The substitution analysis at national scale: a generated dataset of 416 clusters (the ministry's
// count of automotive-component IKM clusters, 2017), 100,000 firms and 2,000 components, seed 1 —
// about 820,000 imported-component × cluster pairs — ranked on the embedded store and on Neo4j.
// Neo4j: NEO4J_URI when set (its database is REPLACED), otherwise a throw-away local Neo4j
// (NEO4J_HEAP, default 2g). Targets: < 1 s embedded, < 5 s Neo4j.
// Run: npm run bench -- substitution   (FIRMS=… and REPEATS=… to change; NEO4J=skip or EMBEDDED=skip
// to leave a store out; NEO4J_URI=… NEO4J_LOADED=yes to time a database that already holds the dataset)
import { embeddedFactSource, substitution, whatIf, whatIfRequestShape, type SubstitutionQuery } from '../server/analysis/substitution/index.ts';
import { EmbeddedStore, type GraphStore } from '../server/store/index.ts';
import type { Dataset } from '../server/model/index.ts';
import { generateDataset } from '../seed/generator/index.ts';
import { withBenchNeo4j } from './neo4j-target.ts';

const QUERY: SubstitutionQuery = { strategy: 'balanced', limit: 50 };

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const fmt = (xs: number[]): string => `median ${median(xs).toFixed(2)} s (min ${Math.min(...xs).toFixed(2)}, max ${Math.max(...xs).toFixed(2)})`;

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const out = await run();
  return [(performance.now() - t) / 1000, out];
}

async function timeStore(label: string, store: GraphStore, repeats: number): Promise<void> {
  await substitution(store, QUERY); // warm-up (JIT, Neo4j query plans and page cache)
  const totals: number[] = [];
  let pairs = 0;
  for (let i = 0; i < repeats; i++) {
    const [s, out] = await timed(() => substitution(store, QUERY));
    totals.push(s);
    pairs = out.total;
  }
  console.log(`substitution: ${label}: ${pairs.toLocaleString('en')} pairs ranked, top ${QUERY.limit} spelled out: ${fmt(totals)}`);
  const filtered: number[] = [];
  for (let i = 0; i < repeats; i++) filtered.push((await timed(() => substitution(store, { ...QUERY, component: 'gco-0001' })))[0]);
  console.log(`substitution: ${label}: one component (416 pairs): ${fmt(filtered)}`);
  const request = whatIfRequestShape.parse({ interventions: [{ target: 'gcl-0000', add: { certification: 'IATF 16949', capacityTonnes: 500 } }] });
  const wi: number[] = [];
  for (let i = 0; i < repeats; i++) wi.push((await timed(() => whatIf(store, request)))[0]);
  console.log(`substitution: ${label}: what-if (one intervention, before and after): ${fmt(wi)}`);
}

/** The embedded store, warm (what it keeps between loads reused) and cold (first request after a load). */
async function benchEmbedded(dataset: Dataset, repeats: number): Promise<void> {
  const embedded = new EmbeddedStore(dataset);
  await timeStore('embedded', embedded, repeats);
  // The timings above reuse what the store keeps between loads (snapshot, facts index, densities and
  // distances). The first request after a load builds them: the snapshot, then the facts from it.
  const snaps: number[] = [];
  const cold: number[] = [];
  for (let i = 0; i < Math.min(repeats, 3); i++) {
    const fresh = new EmbeddedStore(dataset);
    const [s, snap] = await timed(() => fresh.snapshot());
    snaps.push(s);
    cold.push((await timed(async () => substitution(fresh, QUERY, embeddedFactSource(snap))))[0]);
  }
  console.log(`substitution: embedded: first request after a load: store.snapshot() ${fmt(snaps)}, then facts + ranking ${fmt(cold)}`);
}

/** Neo4j (bench/neo4j-target.ts); NEO4J_LOADED=yes with NEO4J_URI: its database already holds this dataset. */
async function benchNeo4j(dataset: Dataset, repeats: number): Promise<void> {
  process.env.NEO4J_HEAP ??= '2g';
  await withBenchNeo4j(async (neo) => {
    if (!(process.env.NEO4J_URI && process.env.NEO4J_LOADED === 'yes')) {
      const [load] = await timed(() => neo.replace(dataset, 'bench'));
      console.log(`substitution: neo4j: dataset loaded in ${load.toFixed(0)} s`);
    }
    await timeStore('neo4j', neo, repeats);
  });
}

export async function benchSubstitution(): Promise<void> {
  const firms = Number(process.env.FIRMS ?? 100_000);
  const repeats = Number(process.env.REPEATS ?? 5);
  const dataset = generateDataset({ clusters: 416, firms, components: 2000, seed: 1 });
  console.log(`substitution: generated 416 clusters, ${firms.toLocaleString('en')} firms, 2,000 components (seed 1)`);
  // One store at a time, as a server holds one: the embedded store is garbage before Neo4j is timed.
  if (process.env.EMBEDDED !== 'skip') await benchEmbedded(dataset, repeats);
  if (process.env.NEO4J !== 'skip') await benchNeo4j(dataset, repeats);
  console.log('substitution: targets < 1 s embedded, < 5 s neo4j');
}
