// The upload's building blocks on their own: the CSV cell and column scan (RFC 4180 quoting, line
// numbers as the validator counts them), the zip reader's refusals, and the UTF-8 check.
import { describe, expect, it } from 'vitest';
import { AppError } from '../../server/errors.ts';
import { checkCsvLimits, decodeUtf8, readZip } from '../../server/upload/index.ts';
import { DEFAULT_UPLOAD_LIMITS } from '../../server/upload/limits.ts';
import { zipOf } from './zips.ts';

const LIMITS = { maxCellChars: 10, maxColumns: 4 };
const ZIP_LIMITS = { maxFileBytes: 1_000_000, maxTotalBytes: 2_000_000, maxFiles: 3 };

const zipError = (bytes: Uint8Array, limits = ZIP_LIMITS): AppError => {
  try {
    readZip(bytes, limits);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('accepted');
};

describe('checkCsvLimits', () => {
  it('accepts cells up to the limit, quoted commas, quotes and newlines included', () => {
    expect(checkCsvLimits('x.csv', 'a,b\n"1,2,3","say ""hi"""\n"two\nlines",ok\n', LIMITS)).toEqual([]);
  });

  it('locates an over-long cell by its line (after a quoted newline) and column', () => {
    const text = 'a,b\n"two\nlines",ok\nx,yyyyyyyyyyyy\r\n';
    expect(checkCsvLimits('x.csv', text, LIMITS)).toEqual([{ file: 'x.csv', line: 4, column: 2, message: 'a cell of 12 characters; a cell may hold at most 10' }]);
  });

  it('reports too many columns once, at the first row that has them', () => {
    const problems = checkCsvLimits('x.csv', 'a,b\n1,2,3,4,5,6\n1,2,3,4,5,6\n', LIMITS);
    expect(problems).toEqual([{ file: 'x.csv', line: 2, column: 5, message: 'the row has more than 4 columns; dataset files have at most 17' }]);
  });

  it('refuses more rows than maxRows at the first row past it, before anything parses them', () => {
    // The header, then rows 1–3 on lines 2–4: with maxRows 2, line 4 is the row too many.
    const problems = checkCsvLimits('x.csv', 'a\n1\n2\n3\n4\n', { ...LIMITS, maxRows: 2 });
    expect(problems).toEqual([{ file: 'x.csv', line: 4, column: 1, message: "the file has more than 2 rows (besides its header), more than an upload takes; the national dataset's largest file has about 400,000" }]);
    expect(checkCsvLimits('x.csv', 'a\n1\n2\n', { ...LIMITS, maxRows: 2 })).toEqual([]);
    // The default: 2,000,000 rows, past the national dataset's 400,000-row capabilities.csv.
    expect(DEFAULT_UPLOAD_LIMITS.maxRows).toBe(2_000_000);
  });

  it('stops listing after 20 problems', () => {
    const text = `a\n${Array.from({ length: 100 }, () => 'z'.repeat(20)).join('\n')}\n`;
    expect(checkCsvLimits('x.csv', text, LIMITS)).toHaveLength(20);
  });
});

describe('readZip', () => {
  it('reads the CSV and JSON files and skips the rest', () => {
    const entries = readZip(zipOf({ 'd/firms.csv': 'id\n', 'd/b.json': '{}', 'd/notes.md': '#', 'd/sub/': new Uint8Array() }), ZIP_LIMITS);
    expect(entries.map((e) => [e.name, e.kind, new TextDecoder().decode(e.bytes)])).toEqual([
      ['d/firms.csv', 'csv', 'id\n'],
      ['d/b.json', 'json', '{}'],
    ]);
  });

  it('refuses more dataset files than allowed', () => {
    const error = zipError(zipOf({ 'a.csv': '1', 'b.csv': '2', 'c.csv': '3', 'd.csv': '4' }));
    expect([error.code, error.message]).toEqual(['payload_too_large', 'the zip holds 4 dataset files; at most 3 are accepted']);
  });

  it('refuses files whose sum is over the total limit, before inflating', () => {
    const error = zipError(zipOf({ 'a.csv': 'a'.repeat(600_000), 'b.csv': 'b'.repeat(600_000) }), { ...ZIP_LIMITS, maxTotalBytes: 1_000_000 });
    expect(error.code).toBe('payload_too_large');
  });

  it('refuses compression methods other than stored and deflate', () => {
    const zip = zipOf({ 'a.csv': 'id\n' }, 0);
    const view = new DataView(zip.buffer);
    for (let i = 0; i + 4 <= zip.length; i++) if (view.getUint32(i, true) === 0x02014b50) view.setUint16(i + 10, 12, true);
    expect(zipError(zip).message).toMatch(/compressed with method 12/);
  });

  it('refuses bytes that are too short or have no end record', () => {
    expect(zipError(new Uint8Array([0x50, 0x4b, 3, 4])).message).toMatch(/too short/);
    expect(zipError(new Uint8Array(100)).message).toMatch(/no end-of-archive record/);
  });
});

describe('decodeUtf8', () => {
  it('decodes UTF-8 (with or without a byte-order mark)', () => {
    expect(decodeUtf8('a.csv', new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xc3, 0xa9]))).toEqual({ text: 'aé' });
  });

  it('names the first line with a byte that is not UTF-8', () => {
    const bytes = new Uint8Array([0x61, 0x0a, 0x62, 0x0a, 0x63, 0xe9, 0x0a]);
    expect(decodeUtf8('a.csv', bytes)).toEqual({ problem: { file: 'a.csv', line: 3, column: 1, message: 'the file is not valid UTF-8 (first bad byte on line 3); save it as UTF-8 (in Excel: "CSV UTF-8")' } });
  });

  it('recognises UTF-16 text without a byte-order mark', () => {
    const result = decodeUtf8('a.csv', new Uint8Array([0x61, 0x00, 0x62, 0x00, 0xff, 0xfe]));
    expect('problem' in result && result.problem.message).toMatch(/not text \(or is UTF-16/);
  });
});
