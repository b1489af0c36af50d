// An upload (zip of CSV files, multipart CSV files, or a JSON bundle) → a validated Dataset, or an
// error: AppError for the container (size, type, damaged zip, unsafe names), DatasetError listing
// every located problem for the content (encoding, cell and column limits, then the validator).
// Nothing here touches the store: the caller replaces the dataset only with a complete, valid one.
import type { IncomingMessage } from 'node:http';
import { AppError } from '../errors.ts';
import { jsonDepthExceeded } from '../util/json-depth.ts';
import { datasetFromCsvTexts, datasetFromJsonText, DatasetError, type Dataset, type Problem } from '../model/index.ts';
import { readBody } from './body.ts';
import { checkCsvLimits } from './csv-limits.ts';
import { decodeUtf8 } from './decode.ts';
import { checkJsonLimits } from './json-limits.ts';
import type { UploadLimits } from './limits.ts';
import { readMultipart, type UploadedPart } from './multipart.ts';
import { entryBaseName } from './names.ts';
import { looksLikeZip, readZip } from './zip.ts';

export interface ParsedUpload {
  dataset: Dataset;
  /** What the upload was (file names), for the dataset's name. */
  description: string;
}

const ZIP_TYPES = ['application/zip', 'application/x-zip-compressed', 'application/x-zip', 'application/octet-stream'];
export const ACCEPTED_TYPES = ['application/zip', 'multipart/form-data', 'application/json'] as const;

const mediaType = (req: IncomingMessage): string => (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();

function datasetFromJsonBytes(name: string, bytes: Uint8Array, limits: UploadLimits): Dataset {
  const decoded = decodeUtf8(name, bytes);
  if ('problem' in decoded) throw new DatasetError([decoded.problem]);
  // Refused before parsing: walking a value nested thousands deep overflows the stack (a 500).
  const deep = jsonDepthExceeded(decoded.text);
  if (deep) throw new AppError('body_too_deep', `${name}:${deep.line}:${deep.column}: the JSON nests deeper than ${deep.maxDepth} levels; a dataset bundle needs three`, { file: name, ...deep });
  let bundle: unknown;
  try {
    bundle = JSON.parse(decoded.text.replace(/^\uFEFF/, ''));
  } catch {
    bundle = undefined; // datasetFromJsonText reports where the JSON breaks.
  }
  const problems = checkJsonLimits(name, bundle, limits);
  if (problems.length > 0) throw new DatasetError(problems);
  return datasetFromJsonText(name, decoded.text);
}

function datasetFromCsvParts(parts: readonly UploadedPart[], limits: UploadLimits): Dataset {
  const texts = new Map<string, string>();
  const problems: Problem[] = [];
  for (const part of parts) {
    const base = entryBaseName(part.name);
    if (texts.has(base)) throw new AppError('invalid_request', `the upload holds two files named ${base}; send each dataset file once`);
    const decoded = decodeUtf8(base, part.bytes);
    if ('problem' in decoded) {
      problems.push(decoded.problem);
      texts.set(base, '');
      continue;
    }
    for (const p of checkCsvLimits(base, decoded.text, limits)) problems.push(p);
    texts.set(base, decoded.text);
  }
  if (problems.length > 0) throw new DatasetError(problems);
  return datasetFromCsvTexts(texts);
}

/** The dataset in a set of files: CSV files, or exactly one zip or one JSON bundle. */
function datasetFromParts(parts: readonly UploadedPart[], limits: UploadLimits): Dataset {
  const csv = parts.filter((p) => p.kind === 'csv');
  const others = parts.filter((p) => p.kind !== 'csv');
  if (csv.length > 0 && others.length > 0) throw new AppError('invalid_request', 'send either CSV files, or one zip, or one JSON bundle — not a mix');
  if (others.length > 1) throw new AppError('invalid_request', 'send one zip or one JSON bundle at a time');
  const [single] = others;
  if (single?.kind === 'json') return datasetFromJsonBytes(entryBaseName(single.name), single.bytes, limits);
  if (single?.kind === 'zip') return datasetFromZip(single.bytes, limits);
  if (csv.length === 0) throw new AppError('invalid_request', 'the upload holds no dataset files (.csv files, a .zip of them, or a .json bundle)');
  return datasetFromCsvParts(csv, limits);
}

function datasetFromZip(bytes: Uint8Array, limits: UploadLimits): Dataset {
  const entries = readZip(bytes, limits);
  if (entries.length === 0) throw new AppError('invalid_request', 'the zip holds no .csv files (a dataset is firms.csv, clusters.csv, …)');
  return datasetFromParts(entries, limits);
}

const describe = (parts: readonly { name: string }[]): string => parts.map((p) => entryBaseName(p.name)).join(', ');

/** Reads and validates an upload request. */
export async function parseUpload(req: IncomingMessage, limits: UploadLimits): Promise<ParsedUpload & { fields: Record<string, string> }> {
  const type = mediaType(req);
  const accepted = ZIP_TYPES.includes(type) || type === 'multipart/form-data' || type === 'application/json';
  if (!accepted) {
    throw new AppError('unsupported_media_type', `send the dataset as ${ACCEPTED_TYPES.join(', ')} (got "${type || 'no Content-Type'}")`);
  }
  const body = await readBody(req, limits.maxBodyBytes);
  if (type === 'application/json') return { dataset: datasetFromJsonBytes('upload.json', body, limits), description: 'JSON bundle', fields: {} };
  if (type === 'multipart/form-data') {
    const { files, fields } = await readMultipart(req.headers, body, limits);
    return { dataset: datasetFromParts(files, limits), description: describe(files), fields };
  }
  if (!looksLikeZip(body)) throw new AppError('invalid_request', 'the body is not a zip file (it does not start with a zip header); send a zip of the dataset\'s CSV files');
  return { dataset: datasetFromZip(body, limits), description: 'zip', fields: {} };
}
