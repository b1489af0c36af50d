// POST /api/datasets on the embedded store: good uploads in each form replace the dataset; damaged,
// hostile and invalid ones are refused with a clear error — and then the data served before is
// still served, byte for byte (compared through GET /api/export?format=json).
import http from 'node:http';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { datasetToCsvTexts, type Dataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { errorOf, serveWith, type TestServer } from '../helpers/app-with.ts';
import { editLine, smallCsvTexts, smallDataset } from '../helpers/datasets.ts';
import { withDeclaredSize, withEncryptedFlag, withFlippedByte, zipOf } from './zips.ts';

const TOKEN = 'test-write-token-0123456789';
const auth = { Authorization: `Bearer ${TOKEN}` };
const LIMITS = { maxBodyBytes: 2_000_000, maxFileBytes: 1_000_000, maxTotalBytes: 3_000_000, maxFiles: 20 };

let server: TestServer;
let before: string;

const exportJson = async () => (await fetch(`${server.url}/api/export?format=json`)).text();
const health = async () => (await (await fetch(`${server.url}/api/health`)).json()) as { dataset: string; counts: { nodes: Record<string, number> } };

beforeEach(async () => {
  await server?.close();
  server = await serveWith(new EmbeddedStore(smallDataset(1), 'original'), { writeToken: TOKEN, limits: LIMITS });
  before = await exportJson();
});
afterAll(async () => server?.close());

const upload = async (body: BodyInit, contentType?: string, query = '') => {
  const headers: Record<string, string> = { ...auth };
  if (contentType) headers['Content-Type'] = contentType;
  const res = await fetch(`${server.url}/api/datasets${query}`, { method: 'POST', headers, body });
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text) as unknown, text };
};

/** The dataset is the one served before the upload. */
const unchanged = async () => {
  expect(await exportJson()).toBe(before);
  expect((await health()).dataset).toBe('original');
};

const csvFiles = (d: Dataset): Record<string, string> => Object.fromEntries(datasetToCsvTexts(d));
const problems = (body: unknown) => errorOf(body).details as Array<{ file: string; line: number; column: number | string; message: string }>;

describe('good uploads replace the dataset', () => {
  const next = smallDataset(2);

  it('a zip of the CSV files, in a folder, with a README and macOS leftovers ignored', async () => {
    const files = Object.fromEntries(Object.entries(csvFiles(next)).map(([n, t]) => [`my-data/${n}`, t]));
    const zip = zipOf({ ...files, 'my-data/README.txt': 'notes', '__MACOSX/my-data/._firms.csv': 'junk', 'my-data/.DS_Store': 'x' });
    const r = await upload(zip, 'application/zip', '?name=next');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ dataset: 'next', counts: { nodes: { Firm: next.firms.length, Cluster: next.clusters.length } } });
    expect((await health()).dataset).toBe('next');
    expect((await health()).counts.nodes.Firm).toBe(next.firms.length);
  });

  it('CSV files as multipart/form-data, named by a form field', async () => {
    const form = new FormData();
    for (const [name, text] of Object.entries(csvFiles(next))) form.append('files', new Blob([text], { type: 'text/csv' }), name);
    form.append('name', 'from a form');
    const r = await upload(form);
    expect(r.status).toBe(200);
    expect((r.body as { dataset: string }).dataset).toBe('from a form');
    expect((await health()).counts.nodes.Firm).toBe(next.firms.length);
  });

  it('a JSON bundle', async () => {
    const r = await upload(JSON.stringify(next), 'application/json');
    expect(r.status).toBe(200);
    // Without a name or a file name the dataset is called what it is, never a timestamp.
    expect((r.body as { dataset: string }).dataset).toBe('JSON bundle');
    // In the uploader's language (it was English whatever the language).
    const id = await upload(JSON.stringify(next), 'application/json', '?lang=id');
    expect((id.body as { dataset: string }).dataset).toBe('bundel JSON');
    expect((await health()).counts.nodes.Component).toBe(next.components.length);
  });

  it('stores formula-like names verbatim (only CSV tables for spreadsheets neutralise them)', async () => {
    const d = smallDataset(2);
    d.firms[0]!.name = "=cmd|' /C calc'!A0";
    d.firms[1]!.name = '@SUM(A1:A2)';
    d.firms[2]!.name = '+62-21-555';
    d.firms[3]!.name = '-fabrik';
    const r = await upload(zipOf(csvFiles(d)), 'application/zip');
    expect(r.status).toBe(200);
    for (const f of d.firms.slice(0, 4)) {
      const entity = (await (await fetch(`${server.url}/api/entities/${f.id}`)).json()) as { properties: { name: string } };
      expect(entity.properties.name).toBe(f.name);
    }
    const exported = JSON.parse(await exportJson()) as Dataset;
    expect(exported.firms.find((f) => f.id === d.firms[0]!.id)!.name).toBe("=cmd|' /C calc'!A0");
  });
});

describe('refused uploads leave the dataset untouched', () => {
  it('a dataset that breaks rules: 422 with every problem located by file, line and column', async () => {
    const texts = smallCsvTexts(2);
    texts.set('firms.csv', editLine(editLine(texts.get('firms.csv')!, 2, (l) => l.replace(/,(OEM|TIER1|TIER2|IKM|BUYER),/, ',TIER9,')), 3, (l) => l.replace(/^[^,]+,/, ',')));
    texts.set('supplies.csv', editLine(texts.get('supplies.csv')!, 2, (l) => l.replace(/^([^,]+),([^,]+),([^,]+),/, '$1,$2,c-nothing,')));
    const r = await upload(zipOf(Object.fromEntries(texts)), 'application/zip');
    expect(r.status).toBe(422);
    expect(errorOf(r.body).code).toBe('dataset_invalid');
    const list = problems(r.body);
    expect(list.some((p) => p.file === 'firms.csv' && p.line === 2 && /tier/.test(p.message))).toBe(true);
    expect(list.some((p) => p.file === 'firms.csv' && p.line === 3 && p.column === 1)).toBe(true);
    expect(list.some((p) => p.file === 'supplies.csv' && p.line === 2 && p.column === 3 && /c-nothing/.test(p.message))).toBe(true);
    await unchanged();
  });

  it('a truncated zip: 400 saying it is damaged or truncated', async () => {
    const zip = zipOf(csvFiles(smallDataset(2)));
    for (const cut of [zip.subarray(0, Math.floor(zip.length / 2)), zip.subarray(0, zip.length - 10)]) {
      const r = await upload(cut, 'application/zip');
      expect(r.status).toBe(400);
      expect(errorOf(r.body).message).toMatch(/damaged or truncated/);
    }
    await unchanged();
  });

  it('not a zip at all', async () => {
    const r = await upload('firm,name\n', 'application/zip');
    expect(r.status).toBe(400);
    expect(errorOf(r.body).message).toMatch(/not a zip file/);
    await unchanged();
  });

  it('a zip bomb with honest sizes: 413 before inflating', async () => {
    const bomb = zipOf({ 'firms.csv': 'a'.repeat(5_000_000) });
    expect(bomb.length).toBeLessThan(20_000);
    const r = await upload(bomb, 'application/zip');
    expect(r.status).toBe(413);
    expect(errorOf(r.body).message).toMatch(/firms\.csv is 4\.8 MB uncompressed; one file may be at most/);
    await unchanged();
  });

  it('a zip bomb whose headers lie about its size: inflation stops at the declared size', async () => {
    const bomb = withDeclaredSize(zipOf({ 'firms.csv': 'a'.repeat(5_000_000) }), 1000);
    const r = await upload(bomb, 'application/zip');
    expect(r.status).toBe(400);
    expect(errorOf(r.body).message).toMatch(/more data than its header declares/);
    await unchanged();
  });

  it('a damaged entry (checksum mismatch), an encrypted entry, a zip inside the zip', async () => {
    const stored = zipOf(csvFiles(smallDataset(2)), 0);
    const cases: Array<[Uint8Array<ArrayBuffer>, RegExp]> = [
      [withFlippedByte(stored, 'id,name,tier'), /checksum mismatch/],
      [withEncryptedFlag(zipOf({ 'firms.csv': 'id,name,tier\n' })), /encrypted/],
      [zipOf({ 'inner.zip': zipOf({ 'firms.csv': 'id\n' }) }), /another zip/],
    ];
    for (const [zip, message] of cases) {
      const r = await upload(zip, 'application/zip');
      expect(r.status).toBe(400);
      expect(errorOf(r.body).message).toMatch(message);
    }
    await unchanged();
  });

  it.each(['../firms.csv', 'data/../../firms.csv', '/etc/firms.csv', 'C:\\temp\\firms.csv', '..\\..\\firms.csv'])('a zip entry named %j (path traversal)', async (name) => {
    const r = await upload(zipOf({ [name]: 'id,name,tier\n' }), 'application/zip');
    expect(r.status).toBe(400);
    expect(errorOf(r.body).message).toMatch(/points outside its folder/);
    await unchanged();
  });

  it('two files with the same name in different folders', async () => {
    const r = await upload(zipOf({ 'a/firms.csv': 'id,name,tier\n', 'b/firms.csv': 'id,name,tier\n' }), 'application/zip');
    expect(r.status).toBe(400);
    expect(errorOf(r.body).message).toMatch(/two files named firms\.csv/);
  });

  it('a file that is not UTF-8 (Windows-1252) and one saved as UTF-16: 422 naming file and line', async () => {
    const texts = csvFiles(smallDataset(2));
    const firms = new TextEncoder().encode(texts['firms.csv']!);
    const lines = texts['firms.csv']!.split('\n');
    // "Café" in Windows-1252 on line 3: é is the single byte 0xE9, never valid UTF-8 alone.
    const line3 = lines[2]!.replace(/^([^,]+),([^,]+),/, '$1,Caf\u0000,');
    const bytes = new TextEncoder().encode([...lines.slice(0, 2), line3, ...lines.slice(3)].join('\n'));
    bytes[bytes.indexOf(0)] = 0xe9;
    expect(firms.length).toBeGreaterThan(0);
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(new TextEncoder().encode('id,name\n')).flatMap((b) => [b, 0])]);
    const r = await upload(zipOf({ ...texts, 'firms.csv': bytes, 'clusters.csv': utf16 }), 'application/zip');
    expect(r.status).toBe(422);
    const list = problems(r.body);
    expect(list).toContainEqual(expect.objectContaining({ file: 'firms.csv', line: 3, message: expect.stringMatching(/not valid UTF-8/) }));
    expect(list).toContainEqual(expect.objectContaining({ file: 'clusters.csv', line: 1, message: expect.stringMatching(/UTF-16/) }));
    await unchanged();
  });

  it('a huge cell: 422 at its line and column', async () => {
    const texts = smallCsvTexts(2);
    texts.set('firms.csv', editLine(texts.get('firms.csv')!, 4, (l) => l.replace(/^([^,]+),([^,]+),/, `$1,${'x'.repeat(50_000)},`)));
    const r = await upload(zipOf(Object.fromEntries(texts)), 'application/zip');
    expect(r.status).toBe(422);
    expect(problems(r.body)).toEqual([{ file: 'firms.csv', line: 4, column: 2, message: 'a cell of 50,000 characters; a cell may hold at most 10,000' }]);
    await unchanged();
  });

  it('thousands of columns: one problem, not thousands', async () => {
    const texts = smallCsvTexts(2);
    const header = Array.from({ length: 5000 }, (_, i) => `c${i}`).join(',');
    texts.set('firms.csv', `${header}\n${Array.from({ length: 5000 }, () => '1').join(',')}\n`);
    const r = await upload(zipOf(Object.fromEntries(texts)), 'application/zip');
    expect(r.status).toBe(422);
    expect(problems(r.body)).toEqual([{ file: 'firms.csv', line: 1, column: 51, message: 'the row has more than 50 columns; dataset files have at most 17' }]);
    await unchanged();
  });

  it('a JSON bundle that is not JSON, and one with a huge value: 422 located', async () => {
    const broken = await upload('{"firms": [{"id": "f1",}]}', 'application/json');
    expect(broken.status).toBe(422);
    expect(problems(broken.body)[0]).toMatchObject({ file: 'upload.json', line: 1, message: expect.stringMatching(/not valid JSON/) });
    const d = smallDataset(2);
    d.firms[5]!.name = 'y'.repeat(20_000);
    const huge = await upload(JSON.stringify(d), 'application/json');
    expect(huge.status).toBe(422);
    expect(problems(huge.body)).toEqual([{ file: 'upload.json#firms', line: 6, column: 'name', message: 'a value of 20,000 characters; a value may hold at most 10,000' }]);
    await unchanged();
  });

  it('a body over the limit: 413, declared or not', async () => {
    const big = new Uint8Array(LIMITS.maxBodyBytes + 10);
    big.set([0x50, 0x4b, 3, 4]);
    const r = await upload(big, 'application/zip');
    expect(r.status).toBe(413);
    expect(errorOf(r.body).code).toBe('payload_too_large');
    // Streamed without a Content-Length: stopped while reading.
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 30; i++) controller.enqueue(new Uint8Array(100_000));
        controller.close();
      },
    });
    const res = await fetch(`${server.url}/api/datasets`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/zip' }, body: stream, duplex: 'half' } as RequestInit);
    expect(res.status).toBe(413);
    await unchanged();
  });

  it('multipart: a traversal file name, a file that is not a dataset file, a file over the limit, a mix', async () => {
    const cases: Array<[FormData, number, RegExp]> = [];
    const traversal = new FormData();
    traversal.append('files', new Blob(['id,name,tier\n']), '../../firms.csv');
    cases.push([traversal, 400, /points outside its folder/]);
    const notes = new FormData();
    notes.append('files', new Blob(['hello']), 'notes.txt');
    cases.push([notes, 400, /not a dataset file/]);
    const ods = new FormData();
    ods.append('files', new Blob(['PK']), 'Data IKM.ods');
    cases.push([ods, 400, /"Data IKM\.ods" is an OpenDocument spreadsheet; save it as an Excel Workbook \(\.xlsx/]);
    const big = new FormData();
    big.append('files', new Blob(['x'.repeat(LIMITS.maxFileBytes + 1)]), 'firms.csv');
    cases.push([big, 413, /larger than/]);
    const mix = new FormData();
    mix.append('files', new Blob(['id,name,tier\n']), 'firms.csv');
    mix.append('files', new Blob(['{}']), 'bundle.json');
    cases.push([mix, 400, /not a mix/]);
    for (const [form, status, message] of cases) {
      const r = await upload(form);
      expect(r.status).toBe(status);
      expect(errorOf(r.body).message).toMatch(message);
    }
    await unchanged();
  });

  it('multipart cut off inside a file part, or without its boundary: 400 saying so in both languages, and the server keeps serving', async () => {
    // A form whose body stops inside a file's part (no closing boundary) stopped the server: the
    // file's stream ended with an error nobody listened to. Both the path that keeps the file and
    // the one that skips it.
    for (const file of ['firms.csv', 'notes.txt']) {
      const cut = `--XX\r\nContent-Disposition: form-data; name="files"; filename="${file}"\r\n\r\nid,name\r\n`;
      for (const [lang, words] of [['en', /upload was cut off/], ['id', /unggahan terputus/]] as const) {
        const r = await upload(cut, 'multipart/form-data; boundary=XX', `?lang=${lang}`);
        expect(r.status).toBe(400);
        expect(errorOf(r.body).message).toMatch(words);
      }
    }
    const noBoundary = await upload('--XX\r\n', 'multipart/form-data', '?lang=id');
    expect(noBoundary.status).toBe(400);
    expect(errorOf(noBoundary.body).message).toMatch(/tidak menyebut batas \(boundary\)/);
    expect(errorOf(noBoundary.body).message).not.toMatch(/Boundary not found/);
    await unchanged();
    expect((await upload(zipOf(csvFiles(smallDataset(2))), 'application/zip')).status).toBe(200);
  });

  it('an unsupported content type: 415 listing what is accepted', async () => {
    const r = await upload('id,name\n', 'text/plain');
    expect(r.status).toBe(415);
    expect(errorOf(r.body).message).toMatch(/application\/zip, multipart\/form-data, application\/json/);
    await unchanged();
  });

  it('an upload interrupted mid-way changes nothing, and the server keeps serving', async () => {
    const zip = zipOf(csvFiles(smallDataset(2)));
    await new Promise<void>((resolve) => {
      const req = http.request(`${server.url}/api/datasets`, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/zip', 'Content-Length': String(zip.length) } });
      req.on('error', () => resolve());
      req.write(zip.subarray(0, Math.floor(zip.length / 2)), () => {
        setTimeout(() => {
          req.destroy();
          setTimeout(resolve, 200);
        }, 100);
      });
    });
    await unchanged();
    const again = await upload(zip, 'application/zip');
    expect(again.status).toBe(200);
  });
});
