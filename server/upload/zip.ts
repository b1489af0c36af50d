// Reads an uploaded zip from its central directory (PKWARE APPNOTE.TXT 4.3) with every defence a
// public upload needs: the end-of-archive record must be there (else: truncated), declared sizes are
// checked against the limits before anything is inflated, inflation stops as soon as an entry gives
// more bytes than it declared or the limit allows (zip bombs), names that climb out of their folder
// are refused, encrypted and ZIP64 archives are refused, and each entry's CRC-32 is verified.
// fflate does the DEFLATE decoding, fed in small slices so no step can produce much.
import { Inflate } from 'fflate';
import { AppError } from '../errors.ts';
import { crc32 } from './crc32.ts';
import type { UploadLimits } from './limits.ts';
import { text, type Text } from '../i18n/index.ts';
import { entryKind, type EntryKind } from './names.ts';

export interface ZipFileEntry {
  name: string;
  kind: Exclude<EntryKind, 'skip'>;
  bytes: Uint8Array;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Compressed bytes fed to the inflater per step: DEFLATE expands at most ~1032:1, so ≤ 17 MB per step. */
const SLICE = 16 * 1024;
/** Central-directory entries looked at, whatever they are (a zip of a million empty entries is refused). */
const MAX_ENTRIES = 1000;

const damaged = (why: Text): AppError => new AppError('invalid_request', text('zip.damaged', { why }));
const tooLarge = (message: Text): AppError => new AppError('payload_too_large', message);

interface CentralEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at--) if (view.getUint32(at, true) === EOCD) return at;
  throw damaged(text('zip.noEnd'));
}

function decodeName(bytes: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder('utf-8').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('latin1').decode(bytes);
  }
}

function readCentralDirectory(data: Uint8Array): CentralEntry[] {
  if (data.byteLength < 22) throw damaged(text('zip.tooShort'));
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const end = findEndRecord(view);
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff || size === 0xffffffff) {
    throw new AppError('invalid_request', text('zip.zip64'));
  }
  if (count > MAX_ENTRIES) throw tooLarge(text('zip.tooManyEntries', { count, max: MAX_ENTRIES }));
  if (offset + size > end) throw damaged(text('zip.directoryOutside'));
  const entries: CentralEntry[] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > end || view.getUint32(p, true) !== CENTRAL) throw damaged(text('zip.directoryBroken'));
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const flags = view.getUint16(p + 8, true);
    entries.push({
      flags,
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
      name: decodeName(data.subarray(p + 46, p + 46 + nameLength), (flags & 0x800) !== 0),
    });
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function inflateBounded(name: string, compressed: Uint8Array, declared: number): Uint8Array {
  const out = new Uint8Array(declared);
  let written = 0;
  let overflow = false;
  const inflater = new Inflate((chunk) => {
    if (overflow) return;
    if (written + chunk.length > declared) {
      overflow = true;
      return;
    }
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    if (compressed.length === 0) throw new Error('empty data');
    for (let at = 0; at < compressed.length && !overflow; at += SLICE) {
      inflater.push(compressed.subarray(at, at + SLICE), at + SLICE >= compressed.length);
    }
  } catch {
    // The inflater's own words ("invalid distance") say nothing to an analyst, and only in English.
    throw damaged(text('zip.inflate', { name }));
  }
  if (overflow) throw damaged(text('zip.moreThanDeclared', { name }));
  if (written !== declared) throw damaged(text('zip.lessThanDeclared', { name }));
  return out;
}

function entryBytes(data: Uint8Array, e: CentralEntry): Uint8Array {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  if (e.localOffset + 30 > data.byteLength || view.getUint32(e.localOffset, true) !== LOCAL) throw damaged(text('zip.noLocalHeader', { name: e.name }));
  const start = e.localOffset + 30 + view.getUint16(e.localOffset + 26, true) + view.getUint16(e.localOffset + 28, true);
  const stop = start + e.compressedSize;
  if (stop > data.byteLength) throw damaged(text('zip.cutShort', { name: e.name }));
  const compressed = data.subarray(start, stop);
  let bytes: Uint8Array;
  if (e.method === 0) {
    if (e.compressedSize !== e.size) throw damaged(text('zip.sizesDisagree', { name: e.name }));
    bytes = compressed;
  } else if (e.method === 8) {
    bytes = inflateBounded(e.name, compressed, e.size);
  } else {
    throw new AppError('invalid_request', text('zip.method', { name: e.name, method: String(e.method) }));
  }
  if (crc32(bytes) !== e.crc) throw damaged(text('zip.checksum', { name: e.name }));
  return bytes;
}

/** The dataset files (CSV, JSON) in a zip, decompressed within the limits. */
export function readZip(data: Uint8Array, limits: Pick<UploadLimits, 'maxFileBytes' | 'maxTotalBytes' | 'maxFiles'>): ZipFileEntry[] {
  const wanted: Array<CentralEntry & { kind: Exclude<EntryKind, 'skip'> }> = [];
  let total = 0;
  for (const e of readCentralDirectory(data)) {
    const kind = entryKind(e.name);
    if (kind === 'skip' || e.name.endsWith('/')) continue;
    if (kind === 'zip') throw new AppError('invalid_request', text('zip.nested', { name: e.name }));
    if (e.flags & 0x1) throw new AppError('invalid_request', text('zip.encrypted', { name: e.name }));
    if (e.size > limits.maxFileBytes) throw tooLarge(text('zip.fileTooLarge', { name: e.name, size: { bytes: e.size }, max: { bytes: limits.maxFileBytes } }));
    total += e.size;
    if (total > limits.maxTotalBytes) throw tooLarge(text('zip.totalTooLarge', { max: { bytes: limits.maxTotalBytes } }));
    wanted.push({ ...e, kind });
  }
  if (wanted.length > limits.maxFiles) throw tooLarge(text('zip.tooManyFiles', { count: wanted.length, max: limits.maxFiles }));
  return wanted.map((e) => ({ name: e.name, kind: e.kind, bytes: entryBytes(data, e) }));
}

/** Whether bytes start like a zip archive (a local file header or an empty archive). */
export const looksLikeZip = (data: Uint8Array): boolean =>
  data.length >= 4 && data[0] === 0x50 && data[1] === 0x4b && ((data[2] === 3 && data[3] === 4) || (data[2] === 5 && data[3] === 6));

/**
 * Visits every entry of a zip (an xlsx workbook is one) within the limits: declared sizes are
 * checked before anything is inflated, each entry is inflated no further than it declared and
 * its checksum verified, and only one entry's bytes are held at a time. `maxEntryBytes` bounds
 * one entry (a workbook's largest sheet can be most of the workbook).
 */
export function visitZip(data: Uint8Array, limits: { maxEntryBytes: number; maxTotalBytes: number }, visit: (name: string, bytes: Uint8Array) => void): void {
  let total = 0;
  for (const e of readCentralDirectory(data)) {
    if (e.name.endsWith('/')) continue;
    if (e.flags & 0x1) throw new AppError('invalid_request', text('zip.workbookEncrypted', { name: e.name }));
    if (e.size > limits.maxEntryBytes) throw tooLarge(text('zip.partTooLarge', { name: e.name, size: { bytes: e.size }, max: { bytes: limits.maxEntryBytes } }));
    total += e.size;
    if (total > limits.maxTotalBytes) throw tooLarge(text('zip.workbookTooLarge', { max: { bytes: limits.maxTotalBytes } }));
  }
  for (const e of readCentralDirectory(data)) {
    if (!e.name.endsWith('/')) visit(e.name, entryBytes(data, e));
  }
}

/**
 * The zip's bytes for a reader that reads it front to back (exceljs's streaming workbook reader),
 * with its parts in the order `rank` gives (lowest first; ties keep the file's order): each part's
 * local record (its header, data and any data descriptor: everything up to the next record) as it
 * is, nothing re-compressed, then the central directory and end record. A record is given once
 * however many directory entries point at it, so the result is never larger than the zip.
 */
export function partsInOrder(data: Uint8Array, rank: (name: string) => number): Uint8Array[] {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const directory = view.getUint32(findEndRecord(view) + 16, true);
  const nameAt = new Map<number, string>();
  for (const e of readCentralDirectory(data)) {
    if (e.localOffset < directory && !nameAt.has(e.localOffset)) nameAt.set(e.localOffset, e.name);
  }
  const starts = [...nameAt.keys()].sort((a, b) => a - b);
  const records = starts.map((start, i) => ({ rank: rank(nameAt.get(start)!), start, stop: starts[i + 1] ?? directory }));
  records.sort((a, b) => a.rank - b.rank || a.start - b.start);
  return [...records.map((r) => data.subarray(r.start, r.stop)), data.subarray(directory)];
}
