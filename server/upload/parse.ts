// An upload (zip of CSV files, CSV files as multipart/form-data, a JSON bundle, or an Excel
// workbook) → a validated Dataset, or an error: AppError for the container (size, type, damaged
// zip or workbook, unsafe names), DatasetError listing every located problem for the content
// (encoding, cell and column limits, then the validator). Reading the request and validating it are
// two steps, because a multipart form says only in its body whether the upload is a merge.
// Nothing here touches the store: the caller replaces the dataset only with a complete, valid one.
import type { IncomingMessage } from 'node:http';
import { AppError } from '../errors.ts';
import { jsonDepthExceeded } from '../util/json-depth.ts';
import { datasetFromCsvTexts, datasetFromJsonText, datasetFromWorkbook, DatasetError, type Dataset, type DatasetFile, type Problem } from '../model/index.ts';
import { encodedBodyError } from './body-encoding.ts';
import { readBody } from './body.ts';
import { checkCsvLimits } from './csv-limits.ts';
import { decodeUtf8 } from './decode.ts';
import { checkJsonLimits } from './json-limits.ts';
import type { UploadLimits } from './limits.ts';
import { readMultipart, type UploadedPart } from './multipart.ts';
import { commonFolder, entryBaseName, stemOf } from './names.ts';
import { looksLikeZip, readZip } from './zip.ts';
import { text, type Text } from '../i18n/index.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZIP_TYPES = ['application/zip', 'application/x-zip-compressed', 'application/x-zip', 'application/octet-stream'];
export const ACCEPTED_TYPES = ['application/zip', 'multipart/form-data', 'application/json', XLSX_TYPE] as const;

/** A request body read within the limits, not yet validated. */
export interface ReceivedUpload {
  parts: UploadedPart[];
  /** Text fields of a multipart form (`name`, `mode`). */
  fields: Record<string, string>;
  /** false when the body itself was the file and its name was not given (Content-Disposition). */
  named: boolean;
}

export interface UploadedDataset {
  dataset: Dataset;
  /** The dataset files the upload held (a merge replaces only these). */
  given: DatasetFile[];
  /**
   * What a person would call the upload: its file, folder or workbook name, or (sent without one)
   * what it is, as a Text the route tells in the uploader's language ("buku kerja", not "workbook").
   */
  suggestedName: string | Text;
  /** The files it came in, for the provenance's source. */
  files: string[];
  /** The dataset's content hash (datasetHash), when the reader computed it (the worker does). */
  hash?: string;
}

const mediaType = (req: IncomingMessage): string => (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();

/** The file name a client gave a raw body (`Content-Disposition: attachment; filename="x.xlsx"`). */
function dispositionName(req: IncomingMessage): string | undefined {
  const header = req.headers['content-disposition'] ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star) {
    try {
      return decodeURIComponent(star[1]!.trim());
    } catch {
      return undefined;
    }
  }
  return /filename="?([^";]+)"?/i.exec(header)?.[1]?.trim();
}

/** Reads the request body (within the limits) into its files and form fields. */
export async function receiveUpload(req: IncomingMessage, limits: UploadLimits): Promise<ReceivedUpload> {
  const type = mediaType(req);
  const accepted = ZIP_TYPES.includes(type) || type === 'multipart/form-data' || type === 'application/json' || type === XLSX_TYPE;
  if (!accepted) {
    throw new AppError('unsupported_media_type', text('upload.mediaType', { accepted: ACCEPTED_TYPES.join(', '), got: type || text('upload.noContentType') }));
  }
  const encoded = encodedBodyError(req.headers);
  if (encoded) throw encoded;
  const body = await readBody(req, limits.maxBodyBytes);
  if (type === 'multipart/form-data') {
    const { files, fields } = await readMultipart(req.headers, body, limits);
    return { parts: files, fields, named: true };
  }
  const given = dispositionName(req);
  const name = given ? entryBaseName(given) : undefined;
  if (type === 'application/json') return { parts: [{ name: name ?? 'upload.json', kind: 'json', bytes: body }], fields: {}, named: name !== undefined };
  if (type === XLSX_TYPE || /\.xlsx$/i.test(name ?? '')) return { parts: [{ name: name ?? 'upload.xlsx', kind: 'xlsx', bytes: body }], fields: {}, named: name !== undefined };
  if (!looksLikeZip(body)) throw new AppError('invalid_request', text('upload.notZip'));
  return { parts: [{ name: name ?? 'upload.zip', kind: 'zip', bytes: body }], fields: {}, named: name !== undefined };
}

interface Read {
  dataset: Dataset;
  given: DatasetFile[];
}

function datasetFromJsonBytes(name: string, bytes: Uint8Array, limits: UploadLimits, base: Dataset | undefined): Read {
  const decoded = decodeUtf8(name, bytes);
  if ('problem' in decoded) throw new DatasetError([decoded.problem]);
  // Refused before parsing: walking a value nested thousands deep overflows the stack (a 500).
  const deep = jsonDepthExceeded(decoded.text);
  if (deep) throw new AppError('body_too_deep', text('upload.tooDeep', { place: `${name}:${deep.line}:${deep.column}`, max: deep.maxDepth }), { file: name, ...deep });
  let bundle: unknown;
  try {
    bundle = JSON.parse(decoded.text.replace(/^\uFEFF/, ''));
  } catch {
    bundle = undefined; // datasetFromJsonText reports where the JSON breaks.
  }
  const problems = checkJsonLimits(name, bundle, limits);
  if (problems.length > 0) throw new DatasetError(problems);
  const given: DatasetFile[] = [];
  return { dataset: datasetFromJsonText(name, decoded.text, { base, given }), given };
}

function datasetFromCsvParts(parts: readonly UploadedPart[], limits: UploadLimits, base: Dataset | undefined): Read {
  const texts = new Map<string, string>();
  const problems: Problem[] = [];
  for (const part of parts) {
    const name = entryBaseName(part.name);
    if (texts.has(name)) throw new AppError('invalid_request', text('upload.twoFiles', { name }));
    const decoded = decodeUtf8(name, part.bytes);
    if ('problem' in decoded) {
      problems.push(decoded.problem);
      texts.set(name, '');
      continue;
    }
    for (const p of checkCsvLimits(name, decoded.text, limits)) problems.push(p);
    texts.set(name, decoded.text);
  }
  if (problems.length > 0) throw new DatasetError(problems);
  const given: DatasetFile[] = [];
  return { dataset: datasetFromCsvTexts(texts, { base, given }), given };
}

/** How many times the CSV files' decompressed allowance a workbook's parts may add up to. */
export const WORKBOOK_TOTAL_FACTOR = 2;

async function datasetFromWorkbookBytes(name: string, bytes: Uint8Array, limits: UploadLimits, base: Dataset | undefined): Promise<Read> {
  const given: DatasetFile[] = [];
  // A workbook is one file: its largest sheet may take the whole decompressed allowance, and its
  // parts together twice it. Its XML spells every cell out (reference, type, style): the national
  // dataset is about 60 MB as CSV files, 291 MB as the workbook Rantai writes and 360 MB once
  // LibreOffice has saved it again, which the 300 MB allowance refused. The parts are inflated
  // one at a time, so memory is bounded by the largest, not by their sum.
  const maxTotalBytes = WORKBOOK_TOTAL_FACTOR * limits.maxTotalBytes;
  const dataset = await datasetFromWorkbook(entryBaseName(name), bytes, { base, given, limits: { maxEntryBytes: limits.maxTotalBytes, maxTotalBytes } });
  return { dataset, given };
}

/** The dataset in a set of files: CSV files, or exactly one zip, JSON bundle or workbook. */
async function datasetFromParts(parts: readonly UploadedPart[], limits: UploadLimits, base: Dataset | undefined): Promise<Read> {
  const csv = parts.filter((p) => p.kind === 'csv');
  const others = parts.filter((p) => p.kind !== 'csv');
  if (csv.length > 0 && others.length > 0) throw new AppError('invalid_request', text('upload.mix'));
  if (others.length > 1) throw new AppError('invalid_request', text('upload.oneAtATime'));
  const [single] = others;
  if (single?.kind === 'json') return datasetFromJsonBytes(entryBaseName(single.name), single.bytes, limits, base);
  if (single?.kind === 'xlsx') return datasetFromWorkbookBytes(single.name, single.bytes, limits, base);
  if (single?.kind === 'zip') {
    const entries = readZip(single.bytes, limits);
    if (entries.length === 0) throw new AppError('invalid_request', text('upload.zipNoCsv'));
    if (entries.some((e) => e.kind === 'zip')) throw new AppError('invalid_request', text('upload.zipInZip'));
    return datasetFromParts(entries, limits, base);
  }
  if (csv.length === 0) throw new AppError('invalid_request', text('upload.noFiles'));
  return datasetFromCsvParts(csv, limits, base);
}

/** What a person would call the upload. */
function suggestName(upload: ReceivedUpload): string | Text {
  const { parts } = upload;
  if (parts.length === 1 && parts[0]!.kind !== 'csv') {
    const part = parts[0]!;
    if (part.kind === 'zip') {
      try {
        const folder = commonFolder(readZip(part.bytes, { maxFileBytes: Number.MAX_SAFE_INTEGER, maxTotalBytes: Number.MAX_SAFE_INTEGER, maxFiles: Number.MAX_SAFE_INTEGER }).map((e) => e.name));
        if (folder) return folder;
      } catch {
        // The dataset step reports what is wrong with the zip.
      }
    }
    if (upload.named) return stemOf(part.name);
    return text(part.kind === 'json' ? 'upload.name.json' : part.kind === 'xlsx' ? 'upload.name.xlsx' : 'upload.name.zip');
  }
  const folder = commonFolder(parts.map((p) => p.name));
  if (folder) return folder;
  const names = parts.map((p) => entryBaseName(p.name));
  if (names.length === 1) return names[0]!;
  return text('upload.name.files', { first: names[0]!, n: names.length - 1 });
}

/** Validates a received upload; `base` makes it a merge into that dataset. */
export async function datasetOfUpload(upload: ReceivedUpload, limits: UploadLimits, options: { base?: Dataset } = {}): Promise<UploadedDataset> {
  const { dataset, given } = await datasetFromParts(upload.parts, limits, options.base);
  return { dataset, given, suggestedName: suggestName(upload), files: upload.parts.map((p) => entryBaseName(p.name)) };
}
