// Missing links at national scale (npm run bench -- missing-links). The dataset is what
// `rantai generate --clusters 416 --firms 100000 --components 2000 --seed 1` writes (25 million
// candidates); a real server process (`rantai serve`) answers GET /api/analysis/missing-links on
// the embedded store and on Neo4j, and for each request this prints the time, the server's CPU time
// and its peak resident memory so far (VmHWM: the whole process, dataset included).
// Peer, measured in the same run: the implementation this release replaced (every candidate's facts
// listed, then all ranked) at 10,000 firms, where it still finishes, against the current one on the
// same dataset, each in a process of its own (bench/missing-links-peer.ts).
// Targets (issue 18): national missing links in < 10 s and < 2 GB RSS for the server process.
// Env: FIRMS (100000), PEER_FIRMS (10000), REPEATS (5), EMBEDDED=skip, NEO4J=skip, PEER=skip;
// Neo4j is NEO4J_URI (its database is REPLACED) or a throw-away local one (NEO4J_HEAP, default 2g).
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDataset } from '../server/model/index.ts';
import { withBenchNeo4j } from './neo4j-target.ts';
import { cpuSeconds } from './proc.ts';
import { startRantai, stopRantai, type BenchServer } from './serve.ts';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const RANTAI = path.join(REPO, 'bin/rantai.mjs');

const mb = (kb: number) => `${(kb / 1024 / 1024).toFixed(2)} GB`;
const secs = (s: number) => (s < 1 ? `${(s * 1000).toFixed(0)} ms` : `${s.toFixed(2)} s`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const status = async (pid: number, field: 'VmHWM' | 'VmRSS') => Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(await readFile(`/proc/${pid}/status`, 'utf8'))![1]);

/** One GET on a fresh connection; the answer's total and best score. */
function get(port: number, query: string): Promise<{ total: number; top: number; count: number }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: `/api/analysis/missing-links${query}`, agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`GET ${query}: ${res.statusCode} ${body.slice(0, 300)}`));
          const out = JSON.parse(body) as { total: number; recommendations: Array<{ score: number }> };
          resolve({ total: out.total, top: out.recommendations[0]?.score ?? NaN, count: out.recommendations.length });
        });
      })
      .on('error', reject);
  });
}

/** The requests the views make, timed against the server; the first one builds what the store keeps. */
async function timeRequests(label: string, server: BenchServer, ids: { cluster: string; buyer: string; component: string }, repeats: number): Promise<void> {
  const pid = server.child.pid!;
  const request = async (name: string, query: string) => {
    const cpu0 = await cpuSeconds(pid);
    const start = performance.now();
    const out = await get(server.port, query);
    const seconds = (performance.now() - start) / 1000;
    const cpu = (await cpuSeconds(pid)) - cpu0;
    return { name, seconds, cpu, out, hwm: await status(pid, 'VmHWM') };
  };
  const line = (r: Awaited<ReturnType<typeof request>>, extra = '') =>
    console.log(`missing-links: ${label}: ${r.name.padEnd(34)} ${secs(r.seconds).padStart(8)} (server CPU ${secs(r.cpu)})  total ${r.out.total.toLocaleString('en')}, ${r.out.count} returned${extra}; peak RSS so far ${mb(r.hwm)}`);
  line(await request('first request (?limit=50)', '?limit=50'), ', builds the ranking index');
  const warm = [];
  for (let i = 0; i < repeats; i++) warm.push(await request('default (?limit=50)', '?limit=50'));
  line({ ...warm[0]!, seconds: median(warm.map((w) => w.seconds)), cpu: median(warm.map((w) => w.cpu)) }, `, median of ${repeats}`);
  line(await request('?limit=1000', '?limit=1000'));
  line(await request(`?cluster=${ids.cluster}`, `?cluster=${ids.cluster}`));
  line(await request(`?buyer=${ids.buyer}`, `?buyer=${ids.buyer}`));
  line(await request(`?component=${ids.component}`, `?component=${ids.component}`));
  console.log(`missing-links: ${label}: peak RSS of the server process ${mb(await status(pid, 'VmHWM'))}, now ${mb(await status(pid, 'VmRSS'))}`);
}

/** Both sides of the peer comparison, each in its own process. */
function peer(firms: number): void {
  const run = (mode: string) => {
    const out = spawnSync(process.execPath, [path.join(REPO, 'bin/run-ts.mjs'), path.join(REPO, 'bench/missing-links-peer.ts'), mode, String(firms)], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (out.status !== 0) throw new Error(`missing-links-peer ${mode} failed:\n${out.stderr}`);
    return JSON.parse(out.stdout.trim().split('\n').pop()!) as { total: number; seconds: number; warmSeconds: number; peakRssMb: number; topScore: number };
  };
  const before = run('before');
  const now = run('now');
  if (before.total !== now.total || before.topScore !== now.topScore) throw new Error(`the two implementations disagree: ${JSON.stringify({ before, now })}`);
  const gb = (m: number) => `${(m / 1024).toFixed(2)} GB`;
  console.log(`missing-links: peer at ${firms.toLocaleString('en')} firms (${now.total.toLocaleString('en')} candidates, embedded, in-process, ?limit=50):`);
  console.log(`  before (list every candidate's facts, rank all): first request ${secs(before.seconds)}, then ${secs(before.warmSeconds)}; peak RSS ${gb(before.peakRssMb)}`);
  console.log(`  now (ranking index, bounded top-k):              first request ${secs(now.seconds)}, then ${secs(now.warmSeconds)}; peak RSS ${gb(now.peakRssMb)}`);
  console.log(`  ratio: ${(before.seconds / now.seconds).toFixed(0)}× faster first, ${(before.warmSeconds / now.warmSeconds).toFixed(0)}× faster warm, ${(before.peakRssMb / now.peakRssMb).toFixed(1)}× less memory`);
}

export async function benchMissingLinks(): Promise<void> {
  const firms = Number(process.env.FIRMS ?? 100_000);
  const repeats = Number(process.env.REPEATS ?? 5);
  const dir = await mkdtemp(path.join(tmpdir(), 'rantai-bench-links-'));
  try {
    const generate = spawnSync(process.execPath, [RANTAI, 'generate', '--clusters', '416', '--firms', String(firms), '--components', '2000', '--seed', '1', '--out', dir], { encoding: 'utf8' });
    if (generate.status !== 0) throw new Error(`rantai generate failed:\n${generate.stderr}`);
    console.log(`missing-links: ${generate.stdout.trim()} (${availableParallelism()} cores)`);
    const dataset = await readDataset(dir);
    const buyer = dataset.needs.map((n) => n.firm).sort()[0]!;
    const ids = { cluster: 'gcl-0007', buyer, component: dataset.needs[0]!.component };
    const { NEO4J_URI: _uri, ...withoutNeo4j } = process.env;
    if (process.env.EMBEDDED !== 'skip') {
      const start = performance.now();
      const server = await startRantai(['--dataset', dir], withoutNeo4j);
      console.log(`missing-links: embedded: server up in ${secs((performance.now() - start) / 1000)}, peak RSS after loading the dataset ${mb(await status(server.child.pid!, 'VmHWM'))}`);
      try {
        await timeRequests('embedded', server, ids, repeats);
      } finally {
        await stopRantai(server);
      }
    }
    if (process.env.NEO4J !== 'skip') {
      process.env.NEO4J_HEAP ??= '2g';
      await withBenchNeo4j(async (neo, uri) => {
        const start = performance.now();
        await neo.replace(dataset, 'bench');
        console.log(`missing-links: neo4j: dataset loaded in ${secs((performance.now() - start) / 1000)} (Neo4j heap ${process.env.NEO4J_HEAP})`);
        const server = await startRantai(['--dataset', dir], { ...withoutNeo4j, NEO4J_URI: uri });
        try {
          await timeRequests('neo4j', server, ids, repeats);
        } finally {
          await stopRantai(server);
        }
      });
    }
    if (process.env.PEER !== 'skip') peer(Number(process.env.PEER_FIRMS ?? 10_000));
    console.log('missing-links: targets < 10 s and < 2 GB RSS at national scale');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
