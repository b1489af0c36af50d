// Worker-thread entry of off-thread.ts: gathers the graph's pieces, writes the export as the main
// thread would (exportGraph, or the workbook of graphToDataset), and posts its bytes (transferred,
// not copied) with their ETag.
import { parentPort, workerData } from 'node:worker_threads';
import { workbookBytes, type GraphData } from '../model/index.ts';
import { receivePieces } from '../util/pieces.ts';
import { bodyEtag, tooLargeOr } from '../work/answer.ts';
import { exportGraph, graphToDataset } from './index.ts';
import type { ExportJob, ExportOutcome } from './off-thread.ts';

const job = workerData as ExportJob;
const port = parentPort!;
const { nodes, rels } = await receivePieces(port, ['nodes', 'rels']);
const graph = { nodes, rels } as GraphData;

/** The bytes as an ArrayBuffer of their own, so that transferring it hands over exactly them. */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) return bytes.buffer;
  return bytes.slice().buffer as ArrayBuffer;
}

const outcome = async (): Promise<{ message: ExportOutcome; transfer: ArrayBuffer[] }> => {
  try {
    const file = job.format === 'xlsx' ? await workbookBytes(graphToDataset(graph), job.about) : exportGraph(job.format, graph).body;
    const bytes = typeof file === 'string' ? Buffer.from(file, 'utf8') : file;
    const body = ownBuffer(bytes);
    return { message: { ok: { body, etag: bodyEtag(bytes) } }, transfer: [body] };
  } catch (error) {
    // A string past V8's limit (tooLargeOr): the main thread answers it as too large.
    if (tooLargeOr(error) !== error) return { message: { tooLarge: true }, transfer: [] };
    return { message: { failed: error instanceof Error ? error.message : String(error) }, transfer: [] };
  }
};

const { message, transfer } = await outcome();
port.postMessage(message, transfer);
