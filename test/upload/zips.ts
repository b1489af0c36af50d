// Zip archives for the upload tests: good ones made with fflate, and damaged or hostile ones made
// by editing their bytes where PKWARE's APPNOTE.TXT puts each field (central directory record:
// flags at +8, uncompressed size at +24, name at +46; local header: uncompressed size at +22).
import { strToU8, zipSync, type Zippable } from 'fflate';

export const zipOf = (files: Record<string, string | Uint8Array>, level: 0 | 6 = 6): Uint8Array<ArrayBuffer> => {
  const z: Zippable = {};
  for (const [name, content] of Object.entries(files)) z[name] = typeof content === 'string' ? strToU8(content) : content;
  return new Uint8Array(zipSync(z, { level, mtime: new Date('2020-01-01T00:00:00Z') }));
};

const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Offsets of every record with the given signature. */
function records(bytes: Uint8Array, signature: number): number[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: number[] = [];
  for (let i = 0; i + 4 <= bytes.length; i++) if (view.getUint32(i, true) === signature) out.push(i);
  return out;
}

/** A copy whose every entry declares `size` bytes uncompressed (a lying header, as zip bombs use). */
export function withDeclaredSize(zip: Uint8Array, size: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  for (const at of records(out, CENTRAL)) view.setUint32(at + 24, size, true);
  for (const at of records(out, LOCAL)) view.setUint32(at + 22, size, true);
  return out;
}

/** A copy with general-purpose flag bit 0 (encrypted) set on every entry. */
export function withEncryptedFlag(zip: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  for (const at of records(out, CENTRAL)) view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true);
  return out;
}

/** A copy with one byte of `needle` (found in the stored data) changed: the CRC no longer matches. */
export function withFlippedByte(zip: Uint8Array, needle: string): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(zip);
  const bytes = strToU8(needle);
  for (let i = 0; i + bytes.length <= out.length; i++) {
    if (bytes.every((b, j) => out[i + j] === b)) {
      out[i] ^= 0x01;
      return out;
    }
  }
  throw new Error(`"${needle}" not found in the zip`);
}
