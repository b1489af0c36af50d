// Splits a multipart/form-data upload (RFC 7578) into its files with busboy: each file part is a
// dataset CSV file (or one zip or JSON bundle); a text field `name` names the dataset. The body has
// already been read within the size limit; busboy enforces the per-file and file-count limits.
import busboy from 'busboy';
import type { IncomingHttpHeaders } from 'node:http';
import { AppError } from '../errors.ts';
import type { UploadLimits } from './limits.ts';
import { text, type Text } from '../i18n/index.ts';
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

/**
 * busboy's own words for a broken form, in the product's (both languages): an upload cut off
 * mid-part, a Content-Type without its boundary, a part's header broken; anything else quoted.
 */
function brokenForm(error: Error): Text {
  if (/^Unexpected end of (?:form|file)$/.test(error.message)) return text('upload.multipartCut');
  if (/Boundary not found/.test(error.message)) return text('upload.multipartBoundary');
  if (/^Malformed part header$/.test(error.message)) return text('upload.multipartHeader');
  return text('upload.multipart', { detail: error.message });
}

export function readMultipart(headers: IncomingHttpHeaders, body: Uint8Array, limits: Pick<UploadLimits, 'maxFileBytes' | 'maxFiles'>): Promise<MultipartUpload> {
  return new Promise((resolve, reject) => {
    let bb: busboy.Busboy;
    try {
      bb = busboy({ headers, preservePath: true, limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles, fields: 20, fieldSize: 10_000, parts: limits.maxFiles + 20 } });
    } catch (error) {
      reject(new AppError('invalid_request', brokenForm(error as Error)));
      return;
    }
    const files: UploadedPart[] = [];
    const fields: Record<string, string> = {};
    let failed: AppError | undefined;
    const fail = (error: AppError) => {
      failed ??= error;
    };
    const broken = (error: Error) => reject(new AppError('invalid_request', brokenForm(error)));
    bb.on('file', (_field, stream, info) => {
      // A form cut off inside this part ends its stream with an error: unheard, it would stop the server.
      stream.on('error', broken);
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
        if (/\.xls$/i.test(name)) fail(new AppError('invalid_request', text('upload.xls', { name })));
        else if (/\.ods$/i.test(name)) fail(new AppError('invalid_request', text('upload.ods', { name })));
        else if (name !== '') fail(new AppError('invalid_request', text('upload.notDatasetFile', { name })));
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => fail(new AppError('payload_too_large', text('upload.fileTooLarge', { name, size: { bytes: limits.maxFileBytes } }))));
      stream.on('end', () => files.push({ name, kind: kind as UploadedPart['kind'], bytes: Buffer.concat(chunks) }));
    });
    bb.on('field', (name, value) => {
      fields[name] = value;
    });
    bb.on('filesLimit', () => fail(new AppError('payload_too_large', text('upload.tooManyFiles', { max: limits.maxFiles }))));
    bb.on('partsLimit', () => fail(new AppError('payload_too_large', text('upload.tooManyParts'))));
    bb.on('error', broken);
    bb.on('close', () => (failed ? reject(failed) : resolve({ files, fields })));
    bb.end(body);
  });
}
