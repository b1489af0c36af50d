// Worker-thread entry of off-thread.ts: gathers the graph's pieces, writes the export as the main
// thread would (exportGraph, or the workbook of graphToDataset) to the job's file, its gzip beside it
// when one is worth sending, and posts their sizes and the body's ETag. Each file is written under
// a temporary name and renamed, so a reader never sees half of one (a download of the previous
// file, still open, keeps reading the old one).
import { createWriteStream } from 'node:fs';
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { constants, createGzip } from 'node:zlib';
import { parentPort, workerData } from 'node:worker_threads';
import { workbookBytes, type GraphData } from '../model/index.ts';
import { receivePieces } from '../util/pieces.ts';
import { bodyEtag, tooLargeOr } from '../work/answer.ts';
import { GZIP_LEVEL, gzipWorthSending, MIN_COMPRESSED_BYTES } from '../work/encoding.ts';
import { exportGraph, graphToDataset } from './index.ts';
import { gzipPathOf, type ExportJob, type ExportOutcome } from './off-thread.ts';

const job = workerData as ExportJob;
const port = parentPort!;
const { nodes, rels } = await receivePieces(port, ['nodes', 'rels']);
const graph = { nodes, rels } as GraphData;

/** The gzip of `bytes` written beside the file; its size, or undefined when it is not worth sending. */
async function writeGzip(bytes: Uint8Array): Promise<number | undefined> {
  if (bytes.byteLength < MIN_COMPRESSED_BYTES) return undefined;
  const target = gzipPathOf(job.path);
  const part = `${target}.part`;
  await pipeline(Readable.from([bytes]), createGzip({ level: GZIP_LEVEL, strategy: constants.Z_DEFAULT_STRATEGY }), createWriteStream(part));
  const zipped = (await stat(part)).size;
  if (!gzipWorthSending(zipped, bytes.byteLength)) {
    await unlink(part);
    return undefined;
  }
  await rename(part, target);
  return zipped;
}

const outcome = async (): Promise<ExportOutcome> => {
  try {
    const file = job.format === 'xlsx' ? await workbookBytes(graphToDataset(graph), job.about) : exportGraph(job.format, graph).body;
    const bytes = typeof file === 'string' ? Buffer.from(file, 'utf8') : file;
    await mkdir(path.dirname(job.path), { recursive: true });
    const part = `${job.path}.part`;
    await writeFile(part, bytes);
    const gzipBytes = job.gzip ? await writeGzip(bytes) : undefined;
    await rename(part, job.path);
    return { ok: { bytes: bytes.byteLength, etag: bodyEtag(bytes), ...(gzipBytes === undefined ? {} : { gzipBytes }) } };
  } catch (error) {
    // A string past V8's limit (tooLargeOr): the main thread answers it as too large.
    if (tooLargeOr(error) !== error) return { tooLarge: true };
    const code = (error as NodeJS.ErrnoException).code;
    return { failed: error instanceof Error ? error.message : String(error), ...(typeof code === 'string' ? { code } : {}) };
  }
};

port.postMessage(await outcome());
