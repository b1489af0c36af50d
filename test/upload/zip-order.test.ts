// partsInOrder gives a zip's parts to a front-to-back reader in the order asked, byte for byte. The
// reader here walks the local records as a streaming reader does (PKWARE APPNOTE.TXT 4.3.7: name
// length at +26, extra length at +28, compressed size at +18, data after the 30-byte header and
// the name), with node:zlib inflating; it stops at the central directory (0x02014b50).
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { partsInOrder } from '../../server/upload/zip.ts';
import { zipOf } from './zips.ts';

/** The parts a front-to-back reader meets, in the order it meets them, with their text. */
function streamed(chunks: Uint8Array[]): Array<[string, string]> {
  const bytes = Buffer.concat(chunks);
  const out: Array<[string, string]> = [];
  for (let at = 0; bytes.readUInt32LE(at) === 0x04034b50; ) {
    const size = bytes.readUInt32LE(at + 18);
    const nameLength = bytes.readUInt16LE(at + 26);
    const start = at + 30 + nameLength + bytes.readUInt16LE(at + 28);
    const data = bytes.subarray(start, start + size);
    out.push([bytes.subarray(at + 30, at + 30 + nameLength).toString('utf8'), (bytes.readUInt16LE(at + 8) === 8 ? inflateRawSync(data) : data).toString('utf8')]);
    at = start + size;
  }
  return out;
}

describe('partsInOrder', () => {
  const zip = zipOf({ 'a.xml': 'alpha', 'b.xml': 'bravo '.repeat(500), 'c.xml': 'charlie' });

  it('gives the parts in rank order, ties in file order, contents unchanged', () => {
    const rank = (name: string): number => (name === 'c.xml' ? 0 : 1);
    expect(streamed(partsInOrder(zip, rank))).toEqual([
      ['c.xml', 'charlie'],
      ['a.xml', 'alpha'],
      ['b.xml', 'bravo '.repeat(500)],
    ]);
  });

  it('is the zip itself, byte for byte, when the order asked is the file order', () => {
    expect(Buffer.concat(partsInOrder(zip, () => 0))).toEqual(Buffer.from(zip));
  });

  it('gives a record once however many directory entries point at it (never larger than the zip)', () => {
    const hostile = new Uint8Array(zip);
    const view = new DataView(hostile.buffer);
    // Every central directory record (signature 0x02014b50) points at the first local record (+42).
    for (let at = 0; at + 4 <= hostile.length; at++) if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 42, 0, true);
    const parts = partsInOrder(hostile, () => 0);
    expect(parts).toHaveLength(2);
    expect(parts.reduce((n, p) => n + p.length, 0)).toBe(hostile.length);
  });
});
