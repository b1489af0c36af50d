// Load throughput into Neo4j through the driver: a generated dataset of over a million entities
// (nodes + relationships), loaded with the same staged, atomic loader the server uses, and then —
// same run, same Neo4j, same heap, the database wiped in between — by the plain UNWIND/CREATE load a
// Neo4j user would write (neo4j-load-peer.ts). Issue 16's target: ours ≥ 2× the peer.
// Uses NEO4J_URI when set (the database is replaced!), otherwise starts a throw-away local Neo4j.
// Run: npm run bench -- neo4j-load   (FIRMS=150000 to change the size; ROUNDS=2 alternating rounds; PEER=skip to leave it out;
// NEO4J_PID with NEO4J_URI to print that Neo4j's CPU time)
import neo4j, { type Driver } from 'neo4j-driver';
import { availableParallelism, loadavg } from 'node:os';
import { datasetToGraph } from '../server/model/index.ts';
import type { LoadProgress } from '../server/store/neo4j/index.ts';
import { generateDataset } from '../seed/generator/index.ts';
import { peerLoad, wipe } from './neo4j-load-peer.ts';
import { withBenchNeo4j } from './neo4j-target.ts';
import { cpuSeconds, ownCpuSeconds } from './proc.ts';

const fmt = (n: number): string => Math.round(n).toLocaleString('en');

/** What the database holds, by data label and relationship type, counted by Neo4j itself. */
async function stored(driver: Driver, database: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const labels = await session.run('MATCH (n) WHERE NOT n:RantaiMeta AND NOT n:RantaiLock UNWIND labels(n) AS label RETURN label, count(*) AS n');
    for (const r of labels.records) out[`:${r.get('label') as string}`] = Number(r.get('n'));
    const types = await session.run('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n');
    for (const r of types.records) out[`[:${r.get('type') as string}]`] = Number(r.get('n'));
  } finally {
    await session.close();
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => (a < b ? -1 : 1)));
}

const total = (counts: Record<string, number>): number => Object.values(counts).reduce((a, b) => a + b, 0);

export async function benchNeo4jLoad(): Promise<void> {
  const firms = Number(process.env.FIRMS ?? 150_000);
  const dataset = generateDataset({ clusters: 416, firms, components: 2000, seed: 1 });
  const graph = datasetToGraph(dataset);
  const entities = graph.nodes.length + graph.rels.length;
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  console.log(`neo4j load: ${fmt(graph.nodes.length)} nodes + ${fmt(graph.rels.length)} relationships = ${fmt(entities)} entities; ${availableParallelism()} cores, load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  await withBenchNeo4j(async (store, uri, pid) => {
    // CPU seconds of Neo4j (every thread, its collector included) and of this process (the driver)
    // spent by `run`: on two cores, whether a load can go faster by running transactions side by
    // side depends on how much work each load gives Neo4j, not only on how long it takes.
    const cpuOf = async (run: () => Promise<unknown>): Promise<{ neo4j?: number; driver: number }> => {
      const neo0 = pid === undefined ? undefined : await cpuSeconds(pid);
      const own0 = ownCpuSeconds();
      await run();
      return { neo4j: neo0 === undefined ? undefined : (await cpuSeconds(pid!)) - neo0, driver: ownCpuSeconds() - own0 };
    };
    const cpuText = (cpu: { neo4j?: number; driver: number }): string =>
      `CPU: Neo4j ${cpu.neo4j === undefined ? 'unknown (set NEO4J_PID)' : `${cpu.neo4j.toFixed(1)} s, ${((cpu.neo4j / entities) * 1e6).toFixed(1)} µs per entity`}, driver ${cpu.driver.toFixed(1)} s`;
    const driver = neo4j.driver(uri, process.env.NEO4J_PASSWORD ? neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD) : undefined);
    try {
      // A fresh JVM runs its first queries slowly (interpreted, not yet compiled): both loads of a
      // small dataset first, so that neither measured load pays for warming Neo4j up.
      const small = generateDataset({ clusters: 40, firms: 2000, components: 200, seed: 2 });
      await store.replace(small, 'bench warm-up');
      await wipe(driver, database);
      await peerLoad(driver, database, datasetToGraph(small));
      await wipe(driver, database);
      // Rounds alternate ours and the peer (ROUNDS, default 2): the first large load of a JVM still
      // compiles paths the small warm-up did not reach (2026-12-01: the first round of either took
      // 1.3–1.7× its later ones), and one order alone would hand that cost to whichever ran first.
      const rounds = Math.max(1, Number(process.env.ROUNDS ?? 2));
      const oursTimes: number[] = [];
      const peerTimes: number[] = [];
      const oursNeo4jCpu: number[] = [];
      const peerNeo4jCpu: number[] = [];
      for (let round = 1; round <= rounds; round++) {
        const tag = rounds > 1 ? ` (round ${round} of ${rounds})` : '';
        // Ours, into the empty database, with where its time goes (phase by phase).
        const phases = new Map<LoadProgress['phase'], number>();
        let phase: LoadProgress['phase'] | undefined;
        let mark = performance.now();
        const started = mark;
        const oursCpu = await cpuOf(() =>
          store.replace(dataset, 'bench', (p) => {
            if (p.phase === phase) return;
            const now = performance.now();
            if (phase) phases.set(phase, (phases.get(phase) ?? 0) + now - mark);
            phase = p.phase;
            mark = now;
          }),
        );
        const ours = (performance.now() - started) / 1000;
        oursTimes.push(ours);
        if (oursCpu.neo4j !== undefined) oursNeo4jCpu.push(oursCpu.neo4j);
        const oursStored = await stored(driver, database);
        const phaseSplit = [...phases].map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(', ');
        console.log(`neo4j load, ours (staged, atomic)${tag}: ${ours.toFixed(1)} s, ${fmt(entities / ours)} entities/s (${phaseSplit}; stored ${fmt(total(oursStored))}); ${cpuText(oursCpu)}`);
        if (process.env.PEER === 'skip') {
          await wipe(driver, database);
          continue;
        }

        await wipe(driver, database);
        const peerStarted = performance.now();
        let split = { nodes: 0, relationships: 0 };
        const peerCpu = await cpuOf(async () => (split = await peerLoad(driver, database, graph)));
        const peer = (performance.now() - peerStarted) / 1000;
        peerTimes.push(peer);
        if (peerCpu.neo4j !== undefined) peerNeo4jCpu.push(peerCpu.neo4j);
        const peerStored = await stored(driver, database);
        console.log(`neo4j load, peer (plain UNWIND/CREATE, batches of 10,000, sequential)${tag}: ${peer.toFixed(1)} s, ${fmt(entities / peer)} entities/s (nodes ${split.nodes.toFixed(1)} s, relationships ${split.relationships.toFixed(1)} s; stored ${fmt(total(peerStored))}); ${cpuText(peerCpu)}`);
        const same = JSON.stringify(oursStored) === JSON.stringify(peerStored) && total(oursStored) === entities;
        if (round === 1) console.log(`neo4j load, stored: ${Object.entries(peerStored).map(([k, n]) => `${k} ${fmt(n)}`).join(', ')}`);
        console.log(`neo4j load${tag}: ours ${(peer / ours).toFixed(2)}× the peer's throughput; stored counts ${same ? 'equal' : `DIFFER: ours ${JSON.stringify(oursStored)}, peer ${JSON.stringify(peerStored)}, expected ${entities}`}; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
        await wipe(driver, database);
      }
      if (peerTimes.length > 0) {
        const best = (xs: number[]) => Math.min(...xs);
        console.log(`neo4j load: best of ${rounds} round(s), ours ${best(oursTimes).toFixed(1)} s, peer ${best(peerTimes).toFixed(1)} s: ours ${(best(peerTimes) / best(oursTimes)).toFixed(2)}× the peer's throughput (target ≥ 2×)`);
        if (oursNeo4jCpu.length > 0 && peerNeo4jCpu.length > 0) {
          // The least work each load gave Neo4j: a load that runs n transactions at once on c cores
          // cannot beat the peer by more than min(n, c) × (peer's CPU / ours), whatever else it does.
          console.log(`neo4j load: Neo4j's CPU, least of ${rounds} round(s): ours ${best(oursNeo4jCpu).toFixed(1)} s, peer ${best(peerNeo4jCpu).toFixed(1)} s (peer / ours ${(best(peerNeo4jCpu) / best(oursNeo4jCpu)).toFixed(2)}); ${availableParallelism()} cores`);
        }
      }
    } finally {
      await driver.close();
    }
  });
}
