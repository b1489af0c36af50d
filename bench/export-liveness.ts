// Whether the server goes on answering while it writes a national export (npm run bench --
// export-liveness). The dataset is what `rantai generate --clusters 416 --firms 100000 --components
// 2000 --seed 1 --trade` writes. A real `rantai serve --dataset` (embedded store, a process of its
// own) answers GET /api/export for each format once, while a client asks /api/health every 100 ms:
// this prints the export's time and the worst, 99th-percentile and median health answer.
// Peer, in the same run: writing the same export in this process on the main thread (what the route
// did before server/export/off-thread.ts) and on a worker thread, each with a 10 ms timer that
// records the longest time the event loop was held.
// Target: /api/health answered within about a second throughout. Env: FIRMS (100000).
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { EXPORT_FORMATS, exportGraph, exportToFile, graphToDataset } from '../server/export/index.ts';
import { datasetToGraph, readDataset, workbookBytes } from '../server/model/index.ts';
import { generateNational, healthWhile, longestStall, quantile, secs } from './liveness.ts';
import { startRantai, stopRantai } from './serve.ts';


export async function benchExportLiveness(): Promise<void> {
  const firms = Number(process.env.FIRMS ?? 100_000);
  const dir = await mkdtemp(path.join(tmpdir(), 'rantai-export-liveness-'));
  try {
    const data = path.join(dir, 'dataset');
    generateNational(data, firms);
    console.log(`export-liveness: ${firms.toLocaleString('en')} firms (${availableParallelism()} cores)`);

    const server = await startRantai(['--dataset', data], process.env, ['--expose-gc']);
    try {
      for (const format of EXPORT_FORMATS) {
        const started = performance.now();
        const answer = fetch(`http://127.0.0.1:${server.port}/api/export?format=${format}`).then(async (res) => ({ status: res.status, bytes: (await res.arrayBuffer()).byteLength }));
        const [times, done] = await Promise.all([healthWhile(server.port, answer), answer]);
        if (done.status !== 200) throw new Error(`export ${format} answered ${done.status}`);
        console.log(
          `  server, ${format} (${(done.bytes / 1e6).toFixed(0)} MB): ${secs(performance.now() - started)}; /api/health during it (${times.length} answers): worst ${secs(Math.max(...times))}, p99 ${secs(quantile(times, 0.99))}, median ${secs(quantile(times, 0.5))}`,
        );
      }
    } finally {
      await stopRantai(server);
    }

    const graph = datasetToGraph(await readDataset(data));
    const about = { name: 'national', source: 'bench', loadedAt: null, hash: null };
    for (const format of EXPORT_FORMATS) {
      const inThread = await longestStall(async () => (format === 'xlsx' ? workbookBytes(graphToDataset(graph), about) : exportGraph(format, graph)));
      const offThread = await longestStall(() => exportToFile({ format, about, path: path.join(dir, `export-${format}`), gzip: false }, graph));
      console.log(
        `  ${format}: main thread (peer) ${secs(inThread.ms)}, held up to ${secs(inThread.stallMs)}; worker (ours) ${secs(offThread.ms)}, held up to ${secs(offThread.stallMs)}; longest hold, peer / ours: ${(inThread.stallMs / Math.max(1, offThread.stallMs)).toFixed(0)}×`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
