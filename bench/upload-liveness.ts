// Whether the server goes on answering while it takes a national upload (npm run bench --
// upload-liveness). The dataset is what `rantai generate --clusters 416 --firms 100000 --components
// 2000 --seed 1 --trade` writes, zipped. A real `rantai serve` (embedded store, in a process of its
// own) takes it with POST /api/datasets, twice (over the seed, then over the national dataset it
// now holds), while a client asks /api/health every 100 ms on a fresh connection: this prints the
// upload's time and the worst, 99th-percentile and median health answer during it.
// Peer, in the same run: reading and checking the same zip in this process, on the main thread (what
// the route did before server/upload/off-thread.ts) and on a worker thread, each with a 10 ms timer
// that records the longest time the event loop was held.
// Target: /api/health answered within about a second throughout (README: "liveness, always 200
// within about a second"). Env: FIRMS (100000).
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { datasetOfUpload, datasetOfUploadOffThread, resolveUploadLimits, type ReceivedUpload } from '../server/upload/index.ts';
import { zipOf } from '../test/upload/zips.ts';
import { generateNational, healthWhile, longestStall, quantile, secs } from './liveness.ts';
import { startRantai, stopRantai } from './serve.ts';

const TOKEN = 'bench-upload-liveness-token';
export async function benchUploadLiveness(): Promise<void> {
  const firms = Number(process.env.FIRMS ?? 100_000);
  const dir = await mkdtemp(path.join(tmpdir(), 'rantai-upload-liveness-'));
  try {
    const data = path.join(dir, 'dataset');
    generateNational(data, firms);
    const files: Record<string, Uint8Array> = {};
    for (const name of await readdir(data)) if (name.endsWith('.csv')) files[name] = await readFile(path.join(data, name));
    const zip = zipOf(files);
    console.log(`upload-liveness: ${firms.toLocaleString('en')} firms, zip ${(zip.length / 1e6).toFixed(1)} MB (${availableParallelism()} cores)`);

    const env = { ...process.env, RANTAI_WRITE_TOKEN: TOKEN, RANTAI_DATA_DIR: path.join(dir, 'kept') };
    const server = await startRantai([], env, ['--expose-gc']);
    try {
      for (const over of ['the seed', 'the national dataset']) {
        const started = performance.now();
        const upload = fetch(`http://127.0.0.1:${server.port}/api/datasets?name=national`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/zip' },
          body: zip,
        }).then(async (res) => ({ status: res.status, text: await res.text() }));
        const [times, answer] = await Promise.all([healthWhile(server.port, upload), upload]);
        if (answer.status !== 200) throw new Error(`upload answered ${answer.status}: ${answer.text.slice(0, 300)}`);
        console.log(
          `  server, upload over ${over}: ${secs(performance.now() - started)}; /api/health during it (${times.length} answers): worst ${secs(Math.max(...times))}, p99 ${secs(quantile(times, 0.99))}, median ${secs(quantile(times, 0.5))}`,
        );
      }
    } finally {
      await stopRantai(server);
    }

    const limits = resolveUploadLimits({});
    const received = (): ReceivedUpload => ({ parts: [{ name: 'national.zip', kind: 'zip', bytes: Buffer.from(zip) }], fields: {}, named: true });
    const inThread = await longestStall(() => datasetOfUpload(received(), limits));
    const offThread = await longestStall(() => datasetOfUploadOffThread(received(), limits, { lang: 'en' }));
    console.log(`  reading and checking the zip, main thread (peer): ${secs(inThread.ms)}, event loop held up to ${secs(inThread.stallMs)}`);
    console.log(`  reading and checking the zip, worker thread (ours): ${secs(offThread.ms)}, event loop held up to ${secs(offThread.stallMs)}`);
    console.log(`  longest hold, peer / ours: ${(inThread.stallMs / Math.max(1, offThread.stallMs)).toFixed(0)}×`);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
