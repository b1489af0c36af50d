// The command line's outputs are written whole or not at all (server/util/write-whole.ts): a write
// that fails part-way, or a Ctrl-C during it, leaves the file that was there before, and no temporary
// file. Before, `rantai export` and `generate` wrote in place: an interrupted export left a truncated
// workbook or JSON over a good one, and `export --out /dev/full` replaced nothing but claimed success.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.ts';
import { writeFolderWhole, writeWhole } from '../../server/util/write-whole.ts';

const run = runCli;

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rantai-write-whole-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('a write that fails part-way', () => {
  it('leaves the previous file, no temporary file, and the error names the output', async () => {
    const out = path.join(dir, 'kept.json');
    await writeFile(out, 'previous');
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC', path: `${out}.part` });
    const failing = writeWhole(out, async (part) => {
      await writeFile(part, 'half of the new fi');
      throw full;
    });
    await expect(failing).rejects.toMatchObject({ code: 'ENOSPC', path: out });
    expect(await readFile(out, 'utf8')).toBe('previous');
    expect(existsSync(`${out}.part`)).toBe(false);
  });

  it('a folder of files: none is replaced when one cannot be written, and no temporary file stays', async () => {
    const folder = path.join(dir, 'csv');
    await mkdir(folder);
    await writeFile(path.join(folder, 'a.csv'), 'old a');
    await writeFile(path.join(folder, 'b.csv'), 'old b');
    // b.csv's temporary name is taken by a folder: writing it fails after a.csv's was written.
    await mkdir(path.join(folder, 'b.csv.part'));
    const files = new Map([
      ['a.csv', 'new a'],
      ['b.csv', 'new b'],
    ]);
    await expect(writeFolderWhole(folder, files)).rejects.toMatchObject({ code: 'EISDIR', path: path.join(folder, 'b.csv') });
    expect(await readFile(path.join(folder, 'a.csv'), 'utf8')).toBe('old a');
    expect(await readFile(path.join(folder, 'b.csv'), 'utf8')).toBe('old b');
    expect((await readdir(folder)).sort()).toEqual(['a.csv', 'b.csv', 'b.csv.part']);
  });
});

describe('rantai export and template refuse an output that is not a file', () => {
  it('a device (--out /dev/full): refused in --lang, the device left a device', async () => {
    const en = await run(['export', '--format', 'json', '--dataset', 'seed/indonesia', '--out', '/dev/full']);
    const id = await run(['export', '--format', 'json', '--dataset', 'seed/indonesia', '--out', '/dev/full', '--lang', 'id']);
    expect(en).toEqual({ code: 1, text: 'invalid_request: /dev/full is not a file to write (a device or a pipe); name a file instead' });
    expect(id).toEqual({ code: 1, text: 'invalid_request: /dev/full bukan berkas yang dapat ditulis (perangkat atau pipa); sebutkan nama berkas sebagai gantinya' });
    expect((await stat('/dev/full')).isCharacterDevice()).toBe(true);
  });

  it('trade convert --countries /dev/null: refused before trade.csv is written', async () => {
    const out = path.join(dir, 'trade.csv');
    const comtrade = path.join('test', 'trade', 'fixtures', 'comtrade', 'IDN_imports_2022_2023.csv');
    const r = await run(['trade', 'convert', '--from', 'comtrade', comtrade, '--out', out, '--countries', '/dev/null']);
    expect(r).toEqual({ code: 1, text: 'invalid_request: /dev/null is not a file to write (a device or a pipe); name a file instead' });
    expect(existsSync(out)).toBe(false);
  });

  it('a folder: EISDIR naming it, the folder left as it was', async () => {
    const folder = path.join(dir, 'a-folder.xlsx');
    await mkdir(folder);
    const out = await run(['template', '--out', folder]);
    expect(out).toEqual({ code: 1, text: `EISDIR: ${folder}: is a folder, where a file was expected` });
    expect((await stat(folder)).isDirectory()).toBe(true);
  });
});

describe('a read-only output', () => {
  it('is refused (EACCES) and left as it was, not replaced by the rename', () => {
    // Run as an unprivileged user (root may write anything): util-linux's setpriv, as user nobody.
    const folder = path.join(dir, 'shared');
    mkdirSync(folder);
    chmodSync(dir, 0o755);
    chmodSync(folder, 0o777);
    const out = path.join(folder, 'kept.xlsx');
    writeFileSync(out, 'read-only');
    chmodSync(out, 0o444);
    const r = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, 'bin/rantai.mjs', 'template', '--out', out], { encoding: 'utf8' });
    expect(r.error).toBeUndefined();
    expect([r.status, r.stderr.trim()]).toEqual([1, `EACCES: ${out}: permission denied`]);
    expect(readFileSync(out, 'utf8')).toBe('read-only');
    expect(existsSync(`${out}.part`)).toBe(false);
  });
});

describe('Ctrl-C during rantai export', () => {
  it('leaves the previous workbook as it was and no temporary file; the command ends as interrupted', async () => {
    const dataset = path.join(dir, 'g8k');
    expect((await run(['generate', '--clusters', '40', '--firms', '8000', '--components', '300', '--seed', '3', '--out', dataset])).code).toBe(0);
    const out = path.join(dir, 'briefing.xlsx');
    await writeFile(out, 'the workbook from last week');
    const child = spawn(process.execPath, ['bin/rantai.mjs', 'export', '--format', 'xlsx', '--dataset', dataset, '--out', out], { stdio: 'ignore' });
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
    // The workbook of 8,000 firms takes seconds to write: interrupt it once its temporary file is there.
    let sawPart = false;
    for (let i = 0; i < 3000 && !sawPart; i++) {
      sawPart = existsSync(`${out}.part`);
      if (!sawPart) await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(sawPart).toBe(true);
    child.kill('SIGINT');
    expect(await ended).toEqual({ code: null, signal: 'SIGINT' });
    expect(await readFile(out, 'utf8')).toBe('the workbook from last week');
    expect(existsSync(`${out}.part`)).toBe(false);
  }, 60_000);
});
