// The trade files told in Bahasa Indonesia. A dataset upload (POST /api/datasets?lang=id) whose
// trade.csv, hs_components.csv and world_trade.csv hold one of every mistake the trade cells and
// the rules across their rows refuse is answered with the same problems, at the same places, as in
// English, and no Indonesian problem holds a word of the English catalogue's fixed text
// (english-words.ts; what a problem quotes from the upload is taken out first). `rantai trade
// convert --lang id` does the same for a broken BACI download, and writes its report and notes
// in Indonesian. The expected places are the lines the faults below were written on (counted by
// hand: the header is line 1); the English wording is pinned by test/trade/bad-files.test.ts.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../server/cli/index.ts';
import { readDataset } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { errorOf, serveWith, type TestServer } from '../helpers/app-with.ts';
import { tempDir } from '../helpers/datasets.ts';
import { copyBase, fixture } from '../trade/helpers.ts';
import { englishIn } from './english-words.ts';

const TOKEN = 'test-write-token-0123456789';

interface ProblemOut {
  file: string;
  line: number;
  column: number | string;
  message: string;
  more?: number;
}

// Each row after the first holds one mistake; the comment names the message it must give.
const TRADE = [
  'year,hs,origin,value_usd,quantity,unit,source',
  '2023,870830,JPN,1200,120,kg,ok', // 2: good
  '2023,9901,THA,100,,,x', // 3: chapter 99 is left to national use
  '2023,8714,CHN,-200,,,x', // 4: negative value
  '2023,8714,THA,IDR 15000000,,,x', // 5: another currency
  '2023,870830,THA,900,90,u,x', // 6: a second unit for 870830
  '2023,870830,JPN,1200,120,kg,x', // 7: duplicate of line 2
  '2023,87083,CHN,10,,,x', // 8: a dropped leading digit (5 digits)
  '2023,8708301000,CHN,10,,,x', // 9: a national tariff line
  '2023,7701,CHN,10,,,x', // 10: chapter 77 is reserved
  '2023,0012,CHN,10,,,x', // 11: there is no chapter 00
  '2023,87a8,CHN,10,,,x', // 12: not an HS code
  '2023,8708,jp,10,,,x', // 13: not an ISO alpha-3 code
  '2023,8708,VNM,"$1,200",,,x', // 14: dollars with a sign and separators
  '2023,8708,CHN,lots,,,x', // 15: not a number
  '2022,8714,VNM,50,5,,x', // 16: a quantity without its unit
  '2022,8708,VNM,50,,a-very-long-unit-name-indeed,x', // 17: a unit longer than 20 characters
  '2022,8708,THA,100,,,x', // 18: good (a heading)
  '2022,870810,THA,20,,,x', // 19: a subheading of line 18's heading, same origin and year
].join('\n');

const CONCORDANCE_FAULTS = [
  '870830,c-bracket,0.3,x', // 7: the shares of 870830 add up to 1.05 (0.25 + 0.5 + 0.3)
  '8714,c-disc,1.5,x', // 8: a share above 1
  '8716,c-disc,half,x', // 9: not a number
  '9999,c-disc,0.1,x', // 10: chapter 99
];

const WORLD = [
  'year,exporter,hs,value_usd,source',
  '2023,JPN,8708,1000,x', // 2: good
  '2023,JPN,870830,200,x', // 3: within line 2's heading
  '2023,Japan,8714,10,x', // 4: not an ISO alpha-3 code
  '2023,CHN,8714,EUR 500,x', // 5: another currency
  '2023,THA,8714,,x', // 6: no value
].join('\n');

const EXPECTED_PLACES = [
  ...[3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 19].map((line) => `trade.csv:${line}`),
  ...[7, 8, 9, 10].map((line) => `hs_components.csv:${line}`),
  ...[3, 4, 5, 6].map((line) => `world_trade.csv:${line}`),
  'countries.csv:6',
].sort();

let dir: string;
let cleanup: () => Promise<void>;
let server: TestServer;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('rantai-i18n-trade-'));
  await copyBase(dir);
  await writeFile(path.join(dir, 'trade.csv'), await readFile(fixture('plain', 'trade.csv'), 'utf8'));
  server = await serveWith(new EmbeddedStore(await readDataset(dir), 'original'), { writeToken: TOKEN });
});
afterAll(async () => {
  await server?.close();
  await cleanup?.();
});

/** The base dataset with the broken trade files, and a country whose id names an HS product (line 6). */
async function brokenForm(): Promise<FormData> {
  const texts = new Map<string, string>();
  for (const name of await readdir(dir)) texts.set(name, await readFile(path.join(dir, name), 'utf8'));
  texts.set('trade.csv', TRADE);
  texts.set('hs_components.csv', `${texts.get('hs_components.csv')!.trimEnd()}\n${CONCORDANCE_FAULTS.join('\n')}\n`);
  texts.set('world_trade.csv', WORLD);
  texts.set('countries.csv', `${texts.get('countries.csv')!.trimEnd()}\nhs:870830,Not a country\n`);
  const form = new FormData();
  for (const [name, text] of texts) form.append('files', new Blob([text], { type: 'text/csv' }), name);
  return form;
}

async function upload(lang: 'en' | 'id') {
  const res = await fetch(`${server.url}/api/datasets?lang=${lang}`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` }, body: await brokenForm() });
  return { status: res.status, error: errorOf(await res.json()) };
}

describe('a rejected upload of trade files in Bahasa Indonesia', () => {
  it('has the same problems at the same places as in English, none holding an English word', async () => {
    const en = await upload('en');
    const id = await upload('id');
    expect(en.status).toBe(422);
    expect(id.status).toBe(422);
    const enProblems = en.error.details as ProblemOut[];
    const idProblems = id.error.details as ProblemOut[];
    // Every fault was found where it was written, and nothing else.
    expect(enProblems.map((p) => `${p.file}:${p.line}`).sort()).toEqual(EXPECTED_PLACES);
    expect(idProblems.map(({ file, line, column, more }) => ({ file, line, column, more }))).toEqual(enProblems.map(({ file, line, column, more }) => ({ file, line, column, more })));
    for (const [i, p] of idProblems.entries()) {
      expect(englishIn(p.message), `${p.file}:${p.line}:${p.column}: ${p.message}`).toEqual([]);
      expect(p.message, enProblems[i]!.message).not.toBe(enProblems[i]!.message);
    }
    expect(englishIn(id.error.message), id.error.message).toEqual([]);
  });

  it('writes the values the Indonesian way and names the analyst’s terms', async () => {
    const id = (await upload('id')).error.details as ProblemOut[];
    const at = (file: string, line: number) => id.find((p) => p.file === file && p.line === line)!.message;
    // 0.25 + 0.5 + 0.3 = 1.05, written with a decimal comma.
    expect(at('hs_components.csv', 7)).toContain('1,05');
    expect(at('trade.csv', 5)).toMatch(/dolar AS.*\(IDR\)/);
    expect(at('trade.csv', 8)).toMatch(/kode HS/);
    expect(at('trade.csv', 10)).toMatch(/Bab 77/);
    expect(at('world_trade.csv', 6)).toBe('value_usd wajib diisi');
  });
});

async function cli(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

/** The `file:line:column` a problem line starts with. */
const placeOf = (line: string): string => /^(\S+?:\d+:\d+):/.exec(line)?.[1] ?? '';

describe('rantai trade convert --lang id', () => {
  it('lists a broken BACI file’s problems at the same places as in English, in Indonesian', async () => {
    const { dir: work, cleanup: done } = await tempDir('rantai-i18n-baci-');
    try {
      const bad = path.join(work, 'BACI_HS17_Y2023_V202401.csv');
      await writeFile(
        bad,
        [
          't,i,j,k,v,q',
          '2023,392,360,870830,1.2,0.1', // 2: good
          '2023,764,360,870830,-0.9,0.09', // 3: negative v
          '2023,156,360,999999,0.3,0.03', // 4: k not an HS product
          '2023,999,360,870830,0.3,0.03', // 5: i not in the country codes
          '20x3,392,360,870830,0.3,', // 6: t not a year
          '2023,392,360,87a830,0.3,', // 7: k not an HS code
        ].join('\n'),
      );
      const args = ['trade', 'convert', '--from', 'baci', bad, '--out', path.join(work, 'trade.csv'), '--baci-countries', fixture('baci', 'country_codes_V202401.csv'), '--baci-products', fixture('baci', 'product_codes_HS17_V202401.csv')];
      const en = await cli(args);
      const id = await cli([...args, '--lang', 'id']);
      expect(en.code).toBe(1);
      expect(id.code).toBe(1);
      const enPlaces = en.err.map(placeOf).filter((p) => p !== '');
      expect(enPlaces).toEqual(['BACI_HS17_Y2023_V202401.csv:3:5', 'BACI_HS17_Y2023_V202401.csv:4:4', 'BACI_HS17_Y2023_V202401.csv:5:2', 'BACI_HS17_Y2023_V202401.csv:6:1', 'BACI_HS17_Y2023_V202401.csv:7:4']);
      expect(id.err.map(placeOf).filter((p) => p !== '')).toEqual(enPlaces);
      for (const line of id.err) expect(englishIn(line), line).toEqual([]);
      // Every line was translated (the count line too), not only stripped of English words.
      id.err.forEach((line, i) => expect(line).not.toBe(en.err[i]));
    } finally {
      await done();
    }
  });

  it('reports a conversion and its notes in Indonesian (Comtrade and BACI)', async () => {
    const { dir: work, cleanup: done } = await tempDir('rantai-i18n-convert-');
    try {
      const countries = path.join(work, 'countries.csv');
      const comtrade = await cli(['trade', 'convert', '--from', 'comtrade', fixture('comtrade', 'IDN_imports_2022_2023.csv'), '--out', path.join(work, 'trade.csv'), '--countries', countries, '--lang', 'id']);
      const baci = await cli(['trade', 'convert', '--from', 'baci', fixture('baci', 'BACI_HS17_Y2022_V202401.csv'), fixture('baci', 'BACI_HS17_Y2023_V202401.csv'), '--headings', '8714', '--out', path.join(work, 'trade2.csv'), '--lang', 'id']);
      for (const run of [comtrade, baci]) {
        expect(run.code).toBe(0);
        expect(run.out[0]).toMatch(/ ditulis: \d+ baris, tahun \d{4}–\d{4}, \d+ kode HS, \d+ negara asal impor IDN/);
        for (const line of [...run.out, ...run.err]) expect(englishIn(line), line).toEqual([]);
      }
      expect(comtrade.out[1]).toMatch(/countries\.csv: \d+ negara ditambahkan/);
      // The Comtrade fixture holds world totals and other rows the conversion leaves out, with a note each.
      expect(comtrade.err.length).toBeGreaterThan(0);
      expect(comtrade.err.every((l) => l.startsWith('catatan: '))).toBe(true);
    } finally {
      await done();
    }
  });

  it('refuses a countries.csv saved with semicolons before writing anything, at its line, in --lang', async () => {
    // It was read after trade.csv had been written, and rows with commas were appended to it (a
    // file the dataset then refused); a broken one stopped with csv-parse's English.
    const { dir: work, cleanup: done } = await tempDir('rantai-i18n-countries-');
    try {
      const countries = path.join(work, 'countries.csv');
      const saved = 'id;name\nJPN;Jepang\n';
      await writeFile(countries, saved);
      const convert = (lang: string) => cli(['trade', 'convert', '--from', 'comtrade', fixture('comtrade', 'IDN_imports_2022_2023.csv'), '--out', path.join(work, 'trade.csv'), '--countries', countries, '--lang', lang]);
      const en = await convert('en');
      const id = await convert('id');
      expect([en.code, id.code]).toEqual([1, 1]);
      expect(en.err.join('\n')).toMatch(/countries\.csv:1:1: the columns are separated by semicolons/);
      expect(id.err.join('\n')).toMatch(/countries\.csv:1:1: kolom-kolomnya dipisahkan titik koma/);
      // Saved again with commas, not replaced by a workbook: trade convert adds to this CSV file.
      expect(en.err.join('\n')).toMatch(/Save the file with commas between the columns$/m);
      expect(id.err.join('\n')).toMatch(/Simpan berkas ini dengan koma sebagai pemisah kolom$/m);
      expect([...en.err, ...id.err].join('\n')).not.toMatch(/workbook|buku kerja/);
      // Excel and LibreOffice are names, not English.
      for (const line of id.err) expect(englishIn(line.replace(countries, '').replace('LibreOffice', '')), line).toEqual([]);
      expect(await readdir(work)).toEqual(['countries.csv']);
      expect(await readFile(countries, 'utf8')).toBe(saved);
    } finally {
      await done();
    }
  });
});

describe('a year the trade table does not hold', () => {
  it('is refused naming the field, in either language (GET /api/analysis/imports?basis=national)', async () => {
    const ask = async (lang: 'en' | 'id') => {
      const res = await fetch(`${server.url}/api/analysis/imports?basis=national&year=1999&lang=${lang}`);
      return { status: res.status, error: errorOf(await res.json()) };
    };
    const en = await ask('en');
    const id = await ask('id');
    expect([en.status, id.status]).toEqual([400, 400]);
    // The plain fixture (test/trade/fixtures/plain/trade.csv) holds 2022 and 2023.
    expect(en.error.message).toBe('year: the national trade table has no row in 1999 (its years: 2022, 2023)');
    expect(id.error.message).toBe('year: tabel perdagangan nasional tidak memiliki baris pada tahun 1999 (tahun yang tersedia: 2022, 2023)');
    expect(englishIn(id.error.message)).toEqual([]);
  });
});
