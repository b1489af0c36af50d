// Worker-thread entry of off-thread.ts: reads and validates one upload (parse.ts) and posts the
// dataset, or the error as plain data (a DatasetError's problems already in the reader's language,
// since the Texts they carry do not cross threads).
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../errors.ts';
import { DatasetError, localiseProblems } from '../model/index.ts';
import { datasetOfUpload } from './parse.ts';
import type { UploadJob, UploadOutcome } from './off-thread.ts';

const job = workerData as UploadJob;
// Buffers arrive as plain Uint8Arrays; the zip and text readers use Buffer's methods.
const parts = job.upload.parts.map((p) => ({ ...p, bytes: Buffer.from(p.bytes.buffer, p.bytes.byteOffset, p.bytes.byteLength) }));

const outcome = async (): Promise<UploadOutcome> => {
  try {
    return { ok: await datasetOfUpload({ ...job.upload, parts }, job.limits, { base: job.base }) };
  } catch (error) {
    if (error instanceof DatasetError) return { problems: localiseProblems(error.problems, job.lang) };
    if (error instanceof AppError) return { app: { code: error.code, message: error.text ?? error.message, details: error.details } };
    throw error;
  }
};

parentPort!.postMessage(await outcome());
