// Worker-thread entry of off-thread.ts: reads and validates one upload (parse.ts) and posts the
// dataset's tables in pieces, then the rest of the answer; or the error as plain data (a
// DatasetError's problems already in the reader's language, since the Texts they carry do not
// cross threads). A merge first gathers the served graph, in pieces, and makes its base dataset.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import { graphToDataset } from '../export/index.ts';
import { DatasetError, datasetHash, datasetToGraph, FILE_NAMES, localiseProblems, type Dataset, type GraphData } from '../model/index.ts';
import { postInPieces, receivePieces } from '../util/pieces.ts';
import { datasetOfUpload } from './parse.ts';
import type { UploadJob, UploadOutcome } from './off-thread.ts';

const job = workerData as UploadJob;
const port = parentPort!;
// Buffers arrive as plain Uint8Arrays; the zip and text readers use Buffer's methods.
const parts = job.upload.parts.map((p) => ({ ...p, bytes: Buffer.from(p.bytes.buffer, p.bytes.byteOffset, p.bytes.byteLength) }));

const outcome = async (): Promise<UploadOutcome> => {
  try {
    const base = job.merge ? graphToDataset((await receivePieces(port, ['nodes', 'rels'])) as unknown as GraphData) : undefined;
    const { dataset, ...uploaded } = await datasetOfUpload({ ...job.upload, parts }, job.limits, { base });
    // The content hash here too, off the main thread: at national scale it takes 2-3 s there.
    const hash = datasetHash(datasetToGraph(dataset));
    const tables = FILE_NAMES.filter((t) => dataset[t] !== undefined);
    await postInPieces(port, Object.fromEntries(tables.map((t) => [t, dataset[t]!])) as Partial<Record<keyof Dataset, unknown[]>>);
    return { ok: { ...uploaded, hash, tables } };
  } catch (error) {
    if (error instanceof DatasetError) return { problems: localiseProblems(error.problems, job.lang) };
    if (error instanceof AppError) return { app: { code: error.code, message: error.text ?? error.message, details: error.details } };
    throw error;
  }
};

port.postMessage(await outcome());
