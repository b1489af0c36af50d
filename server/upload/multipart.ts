// Splits a multipart/form-data upload (RFC 7578) into its files with busboy: each file part is a
// dataset CSV file (or one zip or JSON bundle); a text field `name` names the dataset. The body has
// already been read within the size limit; busboy enforces the per-file and file-count limits.
import busboy from 'busboy';
import type { IncomingHttpHeaders } from 'node:http';
import { AppError } from '../errors.ts';
import { type UploadLimits, sizeText } from './limits.ts';
import { entryKind, type EntryKind } from './names.ts';

export interface UploadedPart {
  name: string;
  kind: Exclude<EntryKind, 'skip'>;
  bytes: Uint8Array;
}

export interface MultipartUpload {
  files: UploadedPart[];
  fields: Record<string, string>;
}

export function readMultipart(headers: IncomingHttpHeaders, body: Uint8Array, limits: Pick<UploadLimits, 'maxFileBytes' | 'maxFiles'>): Promise<MultipartUpload> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers, preservePath: true, limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: 20, fieldSize: 10_000, parts: limits.maxFiles + 20 } });
    } catch (error) {
      reject(new AppError('invalid_request', `the multipart upload is malformed: ${(error as Error).message}`));
      return;
    }
    const files: UploadedPart[] = [];
    const fields: Record<string, string> = {};
    let failed: AppError | undefined;
    const fail = (error: AppError) => {
      failed ??= error;
    };
    bb.on('file', (_field, stream, info) => {
      const name = info.filename ?? '';
      let kind: EntryKind;
      try {
        kind = entryKind(name);
      } catch (error) {
        fail(error as AppError);
        stream.resume();
        return;
      }
      if (kind === 'skip') {
        if (/\.xls$/i.test(name)) fail(new AppError('invalid_request', `"${name}" is an Excel 97-2003 workbook; save it as an Excel Workbook (.xlsx) and upload that`));
        else if (name !== '') fail(new AppError('invalid_request', `"${name}" is not a dataset file: send .csv files, one .zip, one .json bundle or one .xlsx workbook`));
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => fail(new AppError('payload_too_large', `${name} is larger than ${sizeText(limits.maxFileBytes)}; one file may be at most that`)));
      stream.on('end', () => files.push({ name, kind: kind as UploadedPart['kind'], bytes: Buffer.concat(chunks) }));
    });
    bb.on('field', (name, value) => {
      fields[name] = value;
    });
    bb.on('filesLimit', () => fail(new AppError('payload_too_large', `the upload holds more than ${limits.maxFiles} files`)));
    bb.on('partsLimit', () => fail(new AppError('payload_too_large', 'the upload holds too many parts')));
    bb.on('error', (error: Error) => reject(new AppError('invalid_request', `the multipart upload is malformed: ${error.message}`)));
    bb.on('close', () => (failed ? reject(failed) : resolve({ files, fields })));
    bb.end(body);
  });
}
