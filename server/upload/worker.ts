// Worker-thread entry of off-thread.ts: reads and validates one upload (parse.ts) and posts the
// dataset, or the error as plain data (a DatasetError's problems already in the reader's language,
// since the Texts they carry do not cross threads).
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import { DatasetError, datasetHash, datasetToGraph, localiseProblems } from '../model/index.ts';
import { datasetOfUpload } from './parse.ts';
import type { UploadJob, UploadOutcome } from './off-thread.ts';

const job = workerData as UploadJob;
// Buffers arrive as plain Uint8Arrays; the zip and text readers use Buffer's methods.
const parts = job.upload.parts.map((p) => ({ ...p, bytes: Buffer.from(p.bytes.buffer, p.bytes.byteOffset, p.bytes.byteLength) }));

const outcome = async (): Promise<UploadOutcome> => {
  try {
    const uploaded = await datasetOfUpload({ ...job.upload, parts }, job.limits, { base: job.base });
    // The content hash here too, off the main thread: at national scale it takes 2-3 s there.
    return { ok: { ...uploaded, hash: datasetHash(datasetToGraph(uploaded.dataset)) } };
  } catch (error) {
    if (error instanceof DatasetError) return { problems: localiseProblems(error.problems, job.lang) };
    if (error instanceof AppError) return { app: { code: error.code, message: error.text ?? error.message, details: error.details } };
    throw error;
  }
};

parentPort!.postMessage(await outcome());
