// Worker-thread entry of off-thread.ts (util/job-worker.ts serveJobs): a table's years (compute.ts:
// the arrays are posted back) or a POST /api/complexity answer (csv-answer.ts: its bytes and ETag),
// or the error as data the main thread raises again (errors do not cross threads with their class).
import { bodyEtag } from '../../work/answer.ts';
import { computeComplexityYears } from './compute.ts';
import { complexityCsvAnswer } from './csv-answer.ts';
import { ComplexityInputError } from './errors.ts';
import { jobErrorAsData, serveJobs } from '../../util/job-worker.ts';
import { unpackRows, type ComplexityJob, type ComplexityJobError, type CsvAnswerBytes } from './off-thread.ts';

const asData = (e: unknown): ComplexityJobError =>
  e instanceof ComplexityInputError ? { kind: 'input', line: e.line, column: e.column, reason: e.reasonText } : jobErrorAsData(e);

serveJobs<ComplexityJob, ComplexityJobError>((job) => {
  if (job.kind === 'years') return { result: computeComplexityYears(unpackRows(job.rows), job.options) };
  // The answer as bytes with its ETag, both made here: for 80 MB the encoding and the hash
  // express would otherwise compute were most of what remained on the main thread.
  const bytes = new TextEncoder().encode(complexityCsvAnswer(job.request));
  const result: CsvAnswerBytes = { bytes, etag: bodyEtag(bytes) };
  return { result, transfer: [bytes.buffer] };
}, asData);
