// Where the server keeps the exports it wrote (server/export/spool.ts): one folder per data version
// per store, the older versions' removed when a newer one is used (one an export is being written
// into, when that export is written); the process's folder removed when
// it exits, and one left by a process that no longer runs (a killed server) removed by the next when it first uses its own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportSpool } from '../../server/export/index.ts';
import { tempDir } from '../helpers/datasets.ts';
import { REPO } from '../helpers/cli.ts';

let tmp: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  tmp = await tempDir();
});
afterAll(() => tmp?.cleanup());

describe('a store’s export folders', () => {
  it('keep the current data version only', () => {
    const spool = new ExportSpool(path.join(tmp.dir, 'store'));
    const first = spool.folderFor('v1@bookmark');
    writeFileSync(path.join(first, 'rantai-graph.gexf'), 'old');
    // The same version again: its files stay.
    expect(spool.folderFor('v1@bookmark')).toBe(first);
    expect(readdirSync(first)).toEqual(['rantai-graph.gexf']);
    const second = spool.folderFor('v2@bookmark');
    expect(second).not.toBe(first);
    expect(existsSync(first)).toBe(false);
    expect(readdirSync(spool.dir)).toEqual([path.basename(second)]);
  });
});

describe('a folder an export is being written into', () => {
  it('is not removed by a newer version until the writer releases it', () => {
    const spool = new ExportSpool(path.join(tmp.dir, 'held'));
    const old = spool.hold('v1');
    const other = spool.hold('v1');
    writeFileSync(path.join(old.folder, 'rantai-graph.gexf.part'), 'half written');
    const newer = spool.folderFor('v2');
    // Both folders while the old version's exports are being written.
    expect(readdirSync(spool.dir).sort()).toEqual([path.basename(old.folder), path.basename(newer)].sort());
    expect(readdirSync(old.folder)).toEqual(['rantai-graph.gexf.part']);
    old.release();
    old.release(); // twice is once
    expect(existsSync(old.folder)).toBe(true);
    other.release();
    expect(existsSync(old.folder)).toBe(false);
    // The current version's folder stays when its writer releases it.
    const current = spool.hold('v2');
    current.release();
    expect(readdirSync(spool.dir)).toEqual([path.basename(newer)]);
  });
});

describe('the process’s export folder', () => {
  it('is removed when the process exits, and one left by a process no longer running is removed by the next', () => {
    const temp = path.join(tmp.dir, 'tmpdir');
    mkdirSync(temp);
    // A process that has ended: its id is free (until reused, which is why the folder's name also has a suffix).
    const ended = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const abandoned = path.join(temp, `rantai-exports-${ended.stdout}-abc123`);
    // This test's process runs: its folder is left alone.
    const living = path.join(temp, `rantai-exports-${process.pid}-def456`);
    const unrelated = path.join(temp, 'rantai-exports-notes');
    for (const dir of [abandoned, living, unrelated]) mkdirSync(path.join(dir, 'store-1'), { recursive: true });

    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', '-e', "import('./server/export/spool.ts').then((m) => { const root = m.spoolRoot(); m.spoolFor({}).folderFor('v1'); console.log(root); })"],
      { cwd: REPO, encoding: 'utf8', env: { ...process.env, TMPDIR: temp } },
    );
    expect(child.status, child.stderr).toBe(0);
    const root = child.stdout.trim();
    expect(path.dirname(root)).toBe(temp);
    expect(path.basename(root)).toMatch(/^rantai-exports-\d+-/);
    // Its own folder went with it; the abandoned one went when it started; the others are there.
    expect(existsSync(root)).toBe(false);
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(living)).toBe(true);
    expect(existsSync(unrelated)).toBe(true);
  });
});
