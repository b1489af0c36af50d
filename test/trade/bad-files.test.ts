// Bad trade files (issue 15, acceptance): an unknown HS code, a negative value, a value in another
// currency, mixed quantity units, a duplicate row, and concordance shares above 1 each give a
// problem located by file, line and column (field) — and load nothing: reading refuses the whole
// dataset, an upload leaves the served dataset byte for byte as it was, and `trade convert` writes
// no output file.
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convertTrade } from '../../server/convert/index.ts';
import { DatasetError, readDataset, type Problem } from '../../server/model/index.ts';
import { EmbeddedStore } from '../../server/store/index.ts';
import { tradeCommand } from '../../server/cli/commands/trade.ts';
import { errorOf, serveWith, type TestServer } from '../helpers/app-with.ts';
import { tempDir } from '../helpers/datasets.ts';
import { copyBase, fixture } from './helpers.ts';

const HEADER = 'year,hs,origin,value_usd,quantity,unit,source';
// Line numbers below count the header as line 1.
const BAD_TRADE = [
  HEADER,
  '2023,870830,JPN,1200,120,kg,ok', // 2
  '2023,9901,THA,100,,,chapter 99 is national', // 3: unknown HS
  '2023,8714,CHN,-200,,,negative', // 4: negative
  '2023,8714,THA,IDR 15000000,,,rupiah', // 5: another currency
  '2023,870830,THA,900,90,u,items', // 6: a second unit for 870830
  '2023,870830,JPN,1200,120,kg,again', // 7: duplicate of line 2
  '2023,87083,CHN,10,,,a dropped digit', // 8: 5 digits
  '2023,6813.8,CHN,10,,,a dropped last zero', // 9: 5 digits, 6813.80 read as a number
].join('\n');

async function problemsOf(dir: string): Promise<Problem[]> {
  try {
    await readDataset(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError);
    return (e as DatasetError).problems;
  }
  throw new Error('the dataset was accepted');
}

const at = (problems: Problem[], file: string, line: number) => problems.filter((p) => p.file === file && p.line === line);

let dir: string;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('rantai-trade-bad-'));
  await copyBase(dir);
});
afterAll(async () => cleanup?.());

describe('reading a dataset with a bad trade.csv', () => {
  it('names each problem with file, line and column, and refuses the dataset', async () => {
    await writeFile(path.join(dir, 'trade.csv'), BAD_TRADE);
    const problems = await problemsOf(dir);
    const one = (line: number, column: number, field: string, pattern: RegExp) => {
      const found = at(problems, 'trade.csv', line);
      expect(found, `line ${line}: ${JSON.stringify(problems)}`).toHaveLength(1);
      expect(found[0]!.column).toBe(column);
      expect(found[0]!.message.startsWith(field)).toBe(true);
      expect(found[0]!.message).toMatch(pattern);
    };
    // Columns are 1-based: year 1, hs 2, origin 3, value_usd 4, quantity 5, unit 6; the message names the field.
    one(3, 2, 'hs', /not in the HS nomenclature.*chapter 99/);
    one(4, 4, 'value_usd', /must not be negative/);
    one(5, 4, 'value_usd', /US dollars.*IDR/);
    one(6, 6, 'unit', /differs from "kg".*line 2/);
    one(7, 1, 'duplicate row', /\(2023, 870830, JPN\) already appears on line 2/);
    one(8, 2, 'hs', /5 digits.*leading zero/);
    one(9, 2, 'hs', /5 digits.*dropped its last zero.*"681380"/);
    // The good line 2 is blamed for nothing.
    expect(at(problems, 'trade.csv', 2)).toEqual([]);
  });

  it('concordance shares of one HS code above 1, and an unknown component, are located', async () => {
    await writeFile(path.join(dir, 'trade.csv'), [HEADER, '2023,870830,JPN,1200,,,ok'].join('\n'));
    const original = await readFile(fixture('base', 'hs_components.csv'), 'utf8');
    await writeFile(path.join(dir, 'hs_components.csv'), `${original.trimEnd()}\n870830,c-bracket,0.3,too much\n8714,c-nothing,0.1,unknown\n`);
    const problems = await problemsOf(dir);
    // Line 7: 0.25 + 0.5 + 0.3 = 1.05 for 870830.
    expect(at(problems, 'hs_components.csv', 7).map((p) => [p.column, p.message])).toEqual([[3, expect.stringMatching(/add up to 1\.05.*lines 2, 3, 7/)]]);
    expect(at(problems, 'hs_components.csv', 8).map((p) => [p.column, p.message])).toEqual([[2, expect.stringMatching(/c-nothing/)]]);
    await writeFile(path.join(dir, 'hs_components.csv'), original);
  });
});

describe('uploading a bad trade.csv', () => {
  const TOKEN = 'test-write-token-0123456789';
  let server: TestServer;
  beforeAll(async () => {
    await writeFile(path.join(dir, 'trade.csv'), [HEADER, '2023,870830,JPN,1200,,,ok'].join('\n'));
    server = await serveWith(new EmbeddedStore(await readDataset(dir), 'original'), { writeToken: TOKEN });
  });
  afterAll(async () => server?.close());

  it('is refused with located problems (422) and the served data is unchanged', async () => {
    const exportJson = async () => (await fetch(`${server.url}/api/export?format=json`)).text();
    const before = await exportJson();
    const form = new FormData();
    for (const name of await readdir(dir)) {
      const text = name === 'trade.csv' ? BAD_TRADE : await readFile(path.join(dir, name), 'utf8');
      form.append('files', new Blob([text], { type: 'text/csv' }), name);
    }
    const res = await fetch(`${server.url}/api/datasets`, { method: 'POST', headers: { Authorization: `Bearer ${TOKEN}` }, body: form });
    expect(res.status).toBe(422);
    const details = errorOf(await res.json()).details as Problem[];
    expect(details.filter((p) => p.file === 'trade.csv').map((p) => p.line).sort()).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(await exportJson()).toBe(before);
    const national = (await (await fetch(`${server.url}/api/analysis/imports?basis=national`)).json()) as { components: Array<{ component: string; nationalValueUsd: number }> };
    // Still the one good row: 1200 × 0.5 for the disc.
    expect(national.components.find((c) => c.component === 'c-disc')!.nationalValueUsd).toBe(600);
  });
});

describe('trade convert refuses bad input files and writes nothing', () => {
  it('BACI: a negative value and an unknown product are located; no output', async () => {
    const { dir: work, cleanup: done } = await tempDir('rantai-trade-baci-');
    try {
      const bad = path.join(work, 'BACI_HS17_Y2023_V202401.csv');
      await writeFile(bad, ['t,i,j,k,v,q', '2023,392,360,870830,1.2,0.1', '2023,764,360,870830,-0.9,0.09', '2023,156,360,999999,0.3,0.03'].join('\n'));
      const out = path.join(work, 'trade.csv');
      const err: string[] = [];
      const run = tradeCommand.run(
        ['convert', '--from', 'baci', bad, '--out', out, '--baci-countries', fixture('baci', 'country_codes_V202401.csv'), '--baci-products', fixture('baci', 'product_codes_HS17_V202401.csv')],
        { out: () => {}, err: (t) => err.push(t) },
      );
      const error = (await run.catch((e: unknown) => e)) as DatasetError;
      expect(error).toBeInstanceOf(DatasetError);
      const where = error.problems.map((p) => [p.file, p.line, p.column, p.message]);
      expect(where).toEqual([
        ['BACI_HS17_Y2023_V202401.csv', 3, 5, expect.stringMatching(/v must not be negative/)],
        ['BACI_HS17_Y2023_V202401.csv', 4, 4, expect.stringMatching(/k .*(not in the HS|not a product)/)],
      ]);
      expect(existsSync(out)).toBe(false);
      expect(existsSync(`${out}.part`)).toBe(false);
    } finally {
      await done();
    }
  });

  it('Comtrade: a duplicate row and a negative primaryValue are located', async () => {
    const text = await readFile(fixture('comtrade', 'IDN_imports_2022_2023.csv'), 'utf8');
    // The download has Windows line endings, as Comtrade's do.
    const lines = text.trimEnd().split('\r\n');
    // Line 2 again (duplicate) and line 3 with a negative value.
    const bad = [...lines, lines[1]!, lines[2]!.replace(',600,,600,', ',600,,-600,')].join('\r\n');
    const { dir: work, cleanup: done } = await tempDir('rantai-trade-comtrade-');
    try {
      const file = path.join(work, 'comtrade.csv');
      await writeFile(file, bad);
      const error = (await convertTrade('comtrade', { inputs: [file], reporter: 'IDN', flow: 'M', world: false, headings: new Set() }).catch((e: unknown) => e)) as DatasetError;
      expect(error).toBeInstanceOf(DatasetError);
      const n = lines.length;
      expect(error.problems.map((p) => [p.line, p.message])).toEqual([
        [n + 1, expect.stringMatching(/same .* as line 2/)],
        [n + 2, expect.stringMatching(/primaryValue must not be negative/)],
      ]);
    } finally {
      await done();
    }
  });

  it('rows run together by a stray line ending are refused, not read as one', async () => {
    const text = await readFile(fixture('comtrade', 'IDN_imports_2022_2023.csv'), 'utf8');
    const lines = text.trimEnd().split('\r\n');
    const { dir: work, cleanup: done } = await tempDir('rantai-trade-comtrade-');
    try {
      const file = path.join(work, 'comtrade.csv');
      // A last row appended with a bare \n: the parser keeps \r\n and would merge the two rows.
      await writeFile(file, `${lines.join('\r\n')}\n${lines[1]}`);
      const error = (await convertTrade('comtrade', { inputs: [file], reporter: 'IDN', flow: 'M', world: false, headings: new Set() }).catch((e: unknown) => e)) as DatasetError;
      expect(error).toBeInstanceOf(DatasetError);
      expect(error.problems.map((p) => p.message)).toEqual([expect.stringMatching(/values but the header has 47 columns/)]);
    } finally {
      await done();
    }
  });
});
