// The substitution analysis at national scale: a generated dataset of 416 clusters (the ministry's
// count of automotive-component IKM clusters, 2017), 100,000 firms and 2,000 components, seed 1 —
// about 820,000 imported-component × cluster pairs — ranked on the embedded store and on Neo4j,
// both warmed after each load as the server's stores are (server/analysis/warm.ts).
// Figures and peers (issue 16), each measured in this run:
//   embedded  first request after a load (warmed)   peer: the same without the warm-up
//   embedded  ranking / one component / what-if     (medians)
//   neo4j     first request after a load, then the median and max of the next ones
//                                                    peer: the first request after someone's direct
//                                                    write (the facts read afresh, as every request
//                                                    read them before they were kept per version)
//   neo4j     one component, what-if                 peer: the embedded store
// Targets: embedded first request ≤ 1.0 s; neo4j ranking median ≤ 1.0 s and max ≤ 2.0 s also right
// after a load, one component ≤ 0.5 s, what-if ≤ 1.5 s.
// Neo4j: NEO4J_URI when set (its database is REPLACED), otherwise a throw-away local Neo4j
// (NEO4J_HEAP, default 2g). Run: npm run bench -- substitution   (FIRMS=…, REPEATS=…, LOADS=… loads
// into Neo4j, default 2; NEO4J=skip or EMBEDDED=skip to leave a store out)
import { loadavg } from 'node:os';
import { substitution, whatIf, whatIfRequestShape, type SubstitutionQuery } from '../server/analysis/substitution/index.ts';
import { ANALYSIS_WARMERS } from '../server/analysis/warm.ts';
import neo4j from 'neo4j-driver';
import { EmbeddedStore, type GraphStore } from '../server/store/index.ts';
import type { Dataset } from '../server/model/index.ts';
import { generateDataset } from '../seed/generator/index.ts';
import { withBenchNeo4j } from './neo4j-target.ts';

const QUERY: SubstitutionQuery = { strategy: 'balanced', limit: 50 };
const ONE_COMPONENT: SubstitutionQuery = { ...QUERY, component: 'gco-0001' };
const WHAT_IF = whatIfRequestShape.parse({ interventions: [{ target: 'gcl-0000', add: { certification: 'IATF 16949', capacityTonnes: 500 } }] });

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const s = (x: number): string => `${x.toFixed(2)} s`;
const fmt = (xs: number[]): string => `median ${s(median(xs))} (min ${Math.min(...xs).toFixed(2)}, max ${Math.max(...xs).toFixed(2)}, n ${xs.length})`;
const load = (): string => `load average ${loadavg()[0]!.toFixed(1)}`;

async function timed<T>(run: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const out = await run();
  return [(performance.now() - t) / 1000, out];
}

async function repeat(n: number, run: () => Promise<unknown>): Promise<number[]> {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push((await timed(run))[0]);
  return out;
}

interface Figures {
  ranking: number[];
  component: number[];
  whatIf: number[];
}

async function steady(store: GraphStore, repeats: number): Promise<Figures> {
  return { ranking: await repeat(repeats, () => substitution(store, QUERY)), component: await repeat(repeats, () => substitution(store, ONE_COMPONENT)), whatIf: await repeat(repeats, () => whatIf(store, WHAT_IF)) };
}

/** The embedded store: loads (constructor or replace) with the warm-up, and the first request after each. */
async function benchEmbedded(dataset: Dataset, repeats: number): Promise<Figures> {
  const label = 'substitution: embedded';
  // Peer: a store without warmers, whose first request builds the snapshot and the facts itself.
  const bare: number[] = [];
  for (let i = 0; i < 2; i++) bare.push((await timed(() => substitution(new EmbeddedStore(dataset), QUERY)))[0]);

  const [built, store] = await timed(async () => new EmbeddedStore(dataset, 'bench', { warmers: ANALYSIS_WARMERS }));
  const [warmed] = await timed(() => store.warm());
  const firsts: number[] = [(await timed(() => substitution(store, QUERY)))[0]];
  const reloads: number[] = [];
  for (let i = 0; i < 2; i++) {
    reloads.push((await timed(() => store.replace(dataset, 'bench')))[0]);
    firsts.push((await timed(() => substitution(store, QUERY)))[0]);
  }
  const figures = await steady(store, repeats);
  console.log(`${label}: load ${s(built)} (graph) + warm-up ${s(warmed)}; replace() with its warm-up ${fmt(reloads)}  (${load()})`);
  console.log(`${label}: first request after a load ${fmt(firsts)} | peer, without the warm-up: ${fmt(bare)} → ${(median(bare) / median(firsts)).toFixed(1)}× faster  (target ≤ 1.0 s)`);
  console.log(`${label}: ranking ${fmt(figures.ranking)}; one component ${fmt(figures.component)}; what-if ${fmt(figures.whatIf)}  (${load()})`);
  return figures;
}

/** Neo4j (bench/neo4j-target.ts), its store warmed like the server's: loads, the requests after each, a direct write. */
async function benchNeo4j(dataset: Dataset, repeats: number, loads: number, embedded: Figures | undefined): Promise<void> {
  const label = 'substitution: neo4j';
  process.env.NEO4J_HEAP ??= '2g';
  await withBenchNeo4j(
    async (store, uri) => {
      const firsts: number[] = [];
      const after: number[] = [];
      for (let i = 0; i < loads; i++) {
        let loaded = 0;
        const started = performance.now();
        await store.replace(dataset, 'bench', (p) => {
          if (p.phase === 'done') loaded = (performance.now() - started) / 1000;
        });
        const total = (performance.now() - started) / 1000;
        const [first] = await timed(() => substitution(store, QUERY));
        firsts.push(first);
        const next = await repeat(repeats, () => substitution(store, QUERY));
        after.push(...next);
        console.log(`${label}: load ${i + 1}: ${s(loaded)} + warm-up ${s(total - loaded)}; first request ${s(first)}, next ${fmt(next)}  (${load()})`);
      }
      const all = [...firsts, ...after];
      const figures = await steady(store, repeats);
      const vs = (key: keyof Figures) => (embedded ? ` | peer, embedded: ${s(median(embedded[key]))} → ${(median(figures[key]) / median(embedded[key])).toFixed(2)}× the time` : '');
      console.log(`${label}: one component ${fmt(figures.component)}${vs('component')}  (target ≤ 0.5 s)`);
      console.log(`${label}: what-if ${fmt(figures.whatIf)}${vs('whatIf')}  (target ≤ 1.5 s)`);
      console.log(`${label}: ranking ${fmt(figures.ranking)}${vs('ranking')}  (${load()})`);
      // Peer: the facts read afresh, as every request read them before they were kept per data
      // version; someone's direct write makes the next request do exactly that.
      const someone = neo4j.driver(uri, process.env.NEO4J_PASSWORD ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD) : undefined);
      const afresh: number[] = [];
      try {
        for (let i = 0; i < Math.min(3, repeats); i++) {
          const before = (await store.version()).key;
          await someone.executeQuery("MERGE (p:BenchProbe {id: 'probe'}) SET p.n = coalesce(p.n, 0) + 1", {}, { database: store.database });
          if ((await store.version()).key === before) throw new Error('the probe write did not move the data version');
          afresh.push((await timed(() => substitution(store, QUERY)))[0]);
        }
      } finally {
        await someone.executeQuery('MATCH (p:BenchProbe) DELETE p', {}, { database: store.database });
        await someone.close();
      }
      console.log(
        `${label}: ranking right after a load and after it ${fmt(all)} (first requests ${firsts.map(s).join(', ')}) | peer, the first request after a direct write (facts read afresh): ${fmt(afresh)} → ${(median(afresh) / median(all)).toFixed(1)}× faster  (target median ≤ 1.0 s, max ≤ 2.0 s)`,
      );
    },
    { warmers: ANALYSIS_WARMERS },
  );
}

export async function benchSubstitution(): Promise<void> {
  const firms = Number(process.env.FIRMS ?? 100_000);
  const repeats = Number(process.env.REPEATS ?? 5);
  const loads = Number(process.env.LOADS ?? 2);
  const dataset = generateDataset({ clusters: 416, firms, components: 2000, seed: 1 });
  console.log(`substitution: generated 416 clusters, ${firms.toLocaleString('en')} firms, 2,000 components (seed 1)`);
  // One store at a time, as a server holds one: the embedded store is garbage before Neo4j is timed.
  const embedded = process.env.EMBEDDED !== 'skip' ? await benchEmbedded(dataset, repeats) : undefined;
  if (process.env.NEO4J !== 'skip') await benchNeo4j(dataset, repeats, loads, embedded);
}
