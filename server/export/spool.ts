// Where the server keeps the exports it has written: files on disk, not bytes in memory. At
// national scale a GEXF is 447 MB and a GraphML 319 MB; held in memory while a slow client
// downloaded them, each export kept that much resident until the last byte left, and the export
// lane (server/work/budgets.ts) bounds only how many are written at once, not how many are being
// sent. On disk the server holds none of it: the file is streamed (with ranges, so a broken
// download resumes), and asked for again it is sent without being written again.
//
// One folder per process (under the system's temporary folder, TMPDIR), one per store in it and one
// per data version in that: when a store's data changes the folders of its older versions are
// removed (a download already streaming keeps its open file; Linux frees it when it is closed). The
// process's folder is removed when it exits, and a folder left by a process that no longer runs
// (killed) is removed when the next one writes its first export.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphStore } from '../store/types.ts';
import type { SpooledFile } from '../work/index.ts';

const PREFIX = 'rantai-exports-';

let root: string | undefined;

/** Whether a process with this id is running (signal 0 only checks). */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Removes the export folders of processes that no longer run (a server that was killed). */
function removeAbandoned(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const pid = /^rantai-exports-(\d+)-/.exec(name)?.[1];
    if (pid !== undefined && Number(pid) !== process.pid && !running(Number(pid))) rmSync(path.join(dir, name), { recursive: true, force: true });
  }
}

/** The process's export folder, made on first use and removed when the process exits. */
export function spoolRoot(): string {
  if (root) return root;
  const tmp = os.tmpdir();
  removeAbandoned(tmp);
  const made = mkdtempSync(path.join(tmp, `${PREFIX}${process.pid}-`));
  process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  root = made;
  return made;
}

/** The export folders of one store: one per data version, the older ones removed as a newer one is used. */
export class ExportSpool {
  private current: string | undefined;
  /** Folder name → exports being written into it (hold/release). */
  private readonly writing = new Map<string, number>();
  /** The files written for the current version, by path, with their ETags (written/remember). */
  private readonly kept = new Map<string, { file: SpooledFile; etag: string }>();
  constructor(readonly dir: string) {}

  /**
   * The export already written at `file` for the current version, if it is still on disk with its
   * gzip. The answer cache forgets an export's answer among other large answers, and then the
   * next request wrote the whole file again (15–45 s and up to 2.9 GB at national scale, HEAD and
   * range requests too) although the data had not changed and the file was there.
   */
  written(file: string): { file: SpooledFile; etag: string } | undefined {
    const kept = this.kept.get(file);
    if (!kept) return undefined;
    if (existsSync(kept.file.path) && (!kept.file.gzip || existsSync(kept.file.gzip.path))) return kept;
    this.kept.delete(file);
    return undefined;
  }

  /** Records what was written at `file` (in the current version's folder) for written(). */
  remember(file: string, written: { file: SpooledFile; etag: string }): void {
    this.kept.set(file, written);
  }

  /**
   * The folder for version `versionKey`'s exports, held while an export is written into it: a newer
   * version does not remove it under the writer (which then failed, a 500, when the data changed in
   * the moment between writing a file and renaming it); it is removed when the last writer releases it.
   */
  hold(versionKey: string): { folder: string; release: () => void } {
    const folder = this.folderFor(versionKey);
    const name = path.basename(folder);
    this.writing.set(name, (this.writing.get(name) ?? 0) + 1);
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      const left = this.writing.get(name)! - 1;
      if (left > 0) this.writing.set(name, left);
      else {
        this.writing.delete(name);
        if (this.current !== name) rmSync(folder, { recursive: true, force: true });
      }
    };
    return { folder, release };
  }

  /**
   * The folder for the exports of data version `versionKey`, made if need be. A version other than
   * the last one used removes the folders of every other version: their answers can never be asked
   * for again (the work gate's cache forgets them too, server/work/work.ts).
   */
  folderFor(versionKey: string): string {
    const name = createHash('sha1').update(versionKey).digest('hex').slice(0, 20);
    const folder = path.join(this.dir, name);
    if (this.current !== name) {
      mkdirSync(this.dir, { recursive: true });
      for (const other of readdirSync(this.dir)) if (other !== name && !this.writing.has(other)) rmSync(path.join(this.dir, other), { recursive: true, force: true });
      this.current = name;
      this.kept.clear();
    }
    mkdirSync(folder, { recursive: true });
    return folder;
  }
}

const spools = new WeakMap<GraphStore, ExportSpool>();
let stores = 0;

/** The export folders of `store` (each store its own, so that two stores' versions never mix). */
export function spoolFor(store: GraphStore): ExportSpool {
  let spool = spools.get(store);
  if (!spool) {
    stores += 1;
    spool = new ExportSpool(path.join(spoolRoot(), `store-${stores}`));
    spools.set(store, spool);
  }
  return spool;
}
