// The `rantai` command as a user runs it: exit codes and messages of validate, generate and export.
import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rantai, REPO } from '../helpers/cli.ts';
import { editLine, tempDir } from '../helpers/datasets.ts';

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(async () => tmp.cleanup());

const seedCopy = async (name: string): Promise<string> => {
  const dir = path.join(tmp.dir, name);
  await cp(path.join(REPO, 'seed/indonesia'), dir, { recursive: true });
  return dir;
};

const editFile = async (file: string, line: number, edit: (l: string) => string) => {
  await writeFile(file, editLine(await readFile(file, 'utf8'), line, edit));
};

describe('rantai validate', () => {
  it('accepts the seed dataset', () => {
    const r = rantai(['validate', 'seed/indonesia']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^valid: \d+ firms/);
  });

  it('says a file that is not a dataset is not one, in one line rather than a missing-file list', async () => {
    const file = path.join(tmp.dir, 'notes.txt');
    await writeFile(file, 'root:x:0:0:root:/root:/bin/bash\n');
    const r = rantai(['validate', file]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]!.startsWith(`${file}: not a dataset: give a folder of CSV files (clusters.csv, `)).toBe(true);
    expect(lines[0]).toMatch(/\), one of those files, a \.json bundle or an \.xlsx workbook$/);
    expect(lines[1]).toBe('rejected: 1 problem');
  });

  it('rejects a duplicated id, naming file and line', async () => {
    const dir = await seedCopy('dup');
    const file = path.join(dir, 'firms.csv');
    const second = (await readFile(file, 'utf8')).split('\n')[1]!;
    await editFile(file, 3, () => second);
    const r = rantai(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^firms\.csv:3:1: id "[^"]+" is already used at firms\.csv:2$/m);
  });

  it('rejects a dangling reference', async () => {
    const dir = await seedCopy('dangling');
    await editFile(path.join(dir, 'supplies.csv'), 2, (l) => l.replace(/^[^,]+/, 'f-ghost'));
    const r = rantai(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^supplies\.csv:2:1: supplier "f-ghost" does not match any id in firms$/m);
  });

  it('rejects a negative number', async () => {
    const dir = await seedCopy('negative');
    const file = path.join(dir, 'imports.csv');
    const header = (await readFile(file, 'utf8')).split('\n')[0]!.split(',');
    const col = header.indexOf('value_usd');
    await editFile(file, 2, (l) => {
      // The seed's imports rows have no quoted commas before value_usd.
      const cells = l.split(',');
      cells[col] = '-10';
      return cells.join(',');
    });
    const r = rantai(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`imports.csv:2:${col + 1}: value_usd must not be negative`);
  });

  it('rejects an unknown tier', async () => {
    const dir = await seedCopy('tier');
    const file = path.join(dir, 'firms.csv');
    const lines = (await readFile(file, 'utf8')).split('\n');
    const line = lines.findIndex((l, i) => i > 0 && /,IKM,/.test(l)) + 1;
    await editFile(file, line, (l) => l.replace(',IKM,', ',SMALL,'));
    const r = rantai(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^firms\\.csv:${line}:3: tier must be one of`, 'm'));
  });

  it('rejects an unknown column', async () => {
    const dir = await seedCopy('column');
    await editFile(path.join(dir, 'countries.csv'), 1, (l) => `${l},continent`);
    const r = rantai(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^countries\.csv:1:3: unknown column "continent"/m);
  });

  it('rejects a broken quote', async () => {
    const dir = await seedCopy('quote');
    await editFile(path.join(dir, 'materials.csv'), 3, (l) => l.replace(',', ',"x"y,'));
    const r = rantai(['validate', dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^materials\.csv:3:1: malformed quoting/m);
  });

  it('explains a missing folder and a usage mistake', () => {
    const missing = rantai(['validate', path.join(tmp.dir, 'nope')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no such file or folder/);
    const usage = rantai(['validate']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/usage: rantai validate <dataset>/);
    expect(rantai(['frobnicate']).code).toBe(2);
  });
});

describe('rantai generate', () => {
  it('writes a valid dataset, identical for the same seed', async () => {
    const a = path.join(tmp.dir, 'gen-a');
    const b = path.join(tmp.dir, 'gen-b');
    const args = ['--clusters', '12', '--firms', '3000', '--components', '80', '--seed', '5'];
    expect(rantai(['generate', ...args, '--out', a]).code).toBe(0);
    expect(rantai(['generate', ...args, '--out', b]).code).toBe(0);
    for (const name of await readdir(a)) expect(await readFile(path.join(a, name), 'utf8')).toBe(await readFile(path.join(b, name), 'utf8'));
    const firms = (await readFile(path.join(a, 'firms.csv'), 'utf8')).trim().split('\n');
    expect(firms).toHaveLength(3001);
    const v = rantai(['validate', a]);
    expect(v.stderr).toBe('');
    expect(v.code).toBe(0);
  });

  it('refuses a non-numeric size', () => {
    const r = rantai(['generate', '--firms', 'many', '--out', path.join(tmp.dir, 'x')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--firms must be a whole non-negative number/);
  });

  it('refuses a size past five national datasets, and a seed past 32 bits, at once (usage, exit 2)', () => {
    // A number of clusters with twenty digits ran a minute, then out of memory (exit 134); a seed of
    // 2^32 + 1 silently named the dataset of seed 1.
    const huge = rantai(['generate', '--clusters', '99999999999999999999', '--out', path.join(tmp.dir, 'huge'), '--lang', 'id']);
    expect(huge.code).toBe(2);
    expect(huge.stderr).toMatch(/^--clusters paling besar 2\.000, tertulis "99999999999999999999"/);
    const seed = rantai(['generate', '--seed', '4294967297', '--out', path.join(tmp.dir, 'seed')]);
    expect(seed.code).toBe(2);
    expect(seed.stderr).toMatch(/^--seed may be at most 4,294,967,295, got "4294967297"/);
  });
});

describe('rantai export', () => {
  it('writes a JSON bundle that validates back to the same counts', async () => {
    const out = path.join(tmp.dir, 'seed.json');
    expect(rantai(['export', '--format', 'json', '--out', out]).code).toBe(0);
    const bundle = JSON.parse(await readFile(out, 'utf8')) as Record<string, unknown[]>;
    const v = rantai(['validate', out]);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain(`valid: ${bundle.firms!.length} firms`);
  });
});
