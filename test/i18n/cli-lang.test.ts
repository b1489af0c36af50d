// `--lang en|id` on the commands that print sentences (validate, generate, template, export,
// analyse, complexity), run in process through the dispatcher (server/cli/index.ts): a broken
// dataset's problems are listed at the same places in both languages, the Indonesian ones holding
// no word of the English catalogue (english-words.ts); results are the catalogue's Indonesian
// sentences with the same counts; English stays the default; an unknown language is a usage error.
import { existsSync } from 'node:fs';
import { cp, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../server/cli/index.ts';
import { editLine, tempDir } from '../helpers/datasets.ts';
import { englishIn } from './english-words.ts';

async function run(argv: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out, err };
}

/** `file:line:column` (or the file) a problem line starts with, and its message. */
const located = (line: string): { at: string; message: string } => {
  const m = /^(\S+?:\d+:[^:\s]+|[^:\s]+\.\w+): (.*)$/.exec(line);
  return m ? { at: m[1]!, message: m[2]! } : { at: '', message: line };
};

let dir: string;
let cleanup: () => Promise<void>;
let broken: string;
beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('rantai-cli-lang-'));
  broken = path.join(dir, 'broken');
  await cp('seed/indonesia', broken, { recursive: true });
  // Three faults a person makes: a dangling supplier, a negative import value, an unknown tier.
  const edit = async (file: string, line: number, change: (l: string) => string) => {
    const p = path.join(broken, file);
    await writeFile(p, editLine(await readFile(p, 'utf8'), line, change));
  };
  await edit('supplies.csv', 2, (l) => l.replace(/^[^,]+/, 'f-ghost'));
  const importsHeader = (await readFile(path.join(broken, 'imports.csv'), 'utf8')).split('\n')[0]!.split(',');
  await edit('imports.csv', 2, (l) => {
    const cells = l.split(',');
    cells[importsHeader.indexOf('value_usd')] = '-10';
    return cells.join(',');
  });
  await edit('firms.csv', 2, (l) => l.replace(/,(OEM|TIER1|TIER2|IKM|BUYER),/, ',TIER9,'));
});
afterAll(async () => cleanup?.());

describe('rantai … --lang id', () => {
  it('validate: the same problems at the same places, told in Indonesian, and the same count', async () => {
    const en = await run(['validate', broken]);
    const id = await run(['validate', broken, '--lang', 'id']);
    expect(en.code).toBe(1);
    expect(id.code).toBe(1);
    // Three faults were planted, so at least three problems and the closing count line.
    expect(en.err.length).toBeGreaterThanOrEqual(4);
    expect(id.err.length).toBe(en.err.length);
    const enCount = /^rejected: (\d+) problems?$/.exec(en.err.at(-1)!)?.[1];
    expect(enCount).toBeDefined();
    expect(id.err.at(-1)).toBe(`ditolak: ${enCount} masalah`);
    for (const [i, line] of id.err.slice(0, -1).entries()) {
      const idLine = located(line);
      const enLine = located(en.err[i]!);
      expect(idLine.at).toBe(enLine.at);
      expect(idLine.message).not.toBe(enLine.message);
      expect(englishIn(idLine.message), line).toEqual([]);
    }
    expect(en.err.some((l) => /^supplies\.csv:2:1: supplier "f-ghost" does not match any id in firms$/.test(l))).toBe(true);
  });

  it('validate: a valid dataset is counted alike in both languages', async () => {
    const en = await run(['validate', 'seed/indonesia']);
    const id = await run(['validate', 'seed/indonesia', '--lang=id']);
    expect(en.code).toBe(0);
    expect(id.code).toBe(0);
    const m = /^valid: (\d+) firms, (\d+) clusters, (\d+) components, (\d+) supplies, (\d+) imports$/.exec(en.out[0]!);
    expect(m).not.toBeNull();
    // The seed has fewer than 1,000 rows of each, so the Indonesian numbers are written alike.
    const [, firms, clusters, components, supplies, imports] = m!;
    expect(id.out).toEqual([`sah: ${firms} perusahaan, ${clusters} sentra, ${components} komponen, ${supplies} hubungan pasok, ${imports} catatan impor`]);
  });

  it('analyse and export: a rejected dataset is listed in Indonesian too (not by the English fallback)', async () => {
    const validated = await run(['validate', broken, '--lang', 'id']);
    const analysed = await run(['analyse', 'risk', '--dataset', broken, '--lang', 'id']);
    expect(analysed.code).toBe(1);
    expect(analysed.err).toEqual(validated.err);
    const exported = await run(['export', '--format', 'json', '--out', path.join(dir, 'x.json'), '--dataset', broken, '--lang', 'id']);
    expect(exported.code).toBe(1);
    expect(exported.err).toEqual(validated.err);
    expect(existsSync(path.join(dir, 'x.json'))).toBe(false);
  });

  it('generate, template and export say what they wrote', async () => {
    const out = path.join(dir, 'gen');
    const gen = await run(['generate', '--clusters', '2', '--firms', '30', '--components', '5', '--seed', '3', '--out', out, '--lang', 'id']);
    expect(gen.code).toBe(0);
    expect(gen.out[0]).toMatch(new RegExp(`^${out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} ditulis: 30 perusahaan, 2 sentra, 5 komponen, \\d+ kemampuan produksi, \\d+ hubungan pasok, \\d+ catatan impor dalam \\d+ milidetik$`));
    const xlsx = path.join(dir, 'template.xlsx');
    const template = await run(['template', '--out', xlsx, '--lang', 'id']);
    expect(template.code).toBe(0);
    expect(template.out).toEqual([`${xlsx} ditulis (templat buku kerja dataset)`]);
    expect(existsSync(xlsx)).toBe(true);
    const json = path.join(dir, 'gen.json');
    const exported = await run(['export', '--format', 'json', '--out', json, '--dataset', out, '--lang', 'id']);
    expect(exported.code).toBe(0);
    expect(exported.out).toEqual([`${json} ditulis (json)`]);
    // English stays the default.
    expect((await run(['template', '--out', xlsx])).out).toEqual([`wrote ${xlsx} (dataset workbook template)`]);
  });

  it('complexity: an unreadable file and a bad value in Indonesian', async () => {
    const flags = ['--location', 'origin', '--product', 'hs92', '--value', 'export_val'];
    const none = await run(['complexity', path.join(dir, 'nope.csv'), ...flags, '--lang', 'id']);
    expect(none.code).toBe(1);
    expect(none.err).toEqual([`${path.join(dir, 'nope.csv')}: berkas tidak dapat dibaca (ENOENT)`]);
    const bad = path.join(dir, 'bad.csv');
    await writeFile(bad, 'origin,hs92,export_val\na,x,5\nb,x,-3\n');
    const en = await run(['complexity', bad, ...flags]);
    const id = await run(['complexity', bad, ...flags, '--lang', 'id']);
    expect(en.code).toBe(1);
    expect(id.code).toBe(1);
    // Row 3 (the header is line 1), column 3 holds the negative value.
    expect(located(en.err[0]!).at).toBe(`${bad}:3:3`);
    expect(located(id.err[0]!).at).toBe(`${bad}:3:3`);
    expect(id.err[0]).not.toBe(en.err[0]);
    expect(englishIn(located(id.err[0]!).message), id.err[0]).toEqual([]);
  });

  it('refuses a language it does not have, on every command, with exit 2', async () => {
    for (const argv of [
      ['validate', 'seed/indonesia'],
      ['generate', '--out', path.join(dir, 'g2')],
      ['template', '--out', path.join(dir, 't2.xlsx')],
      ['export', '--out', path.join(dir, 'e2.json')],
      ['analyse', 'risk'],
      ['complexity', 'x.csv', '--location', 'a', '--product', 'b', '--value', 'c'],
      ['load', 'seed/indonesia'],
    ]) {
      const r = await run([...argv, '--lang', 'fr']);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.err[0], argv.join(' ')).toMatch(/^--lang must be en or id, got "fr"/);
    }
  });
});
