// Writes the command line's outputs whole or not at all. Each file is written to `<name>.part` and
// renamed over its name once complete, so a full disk, a failed write or Ctrl-C leaves the file that
// was there before (a good export, yesterday's trade.csv) as it was, and never a truncated one that
// a later `rantai load` would read as a smaller dataset. The temporary files of a write in progress
// are removed when the process is interrupted (SIGINT, SIGTERM, SIGHUP), and after a failure.
import { constants, createWriteStream, rmSync } from 'node:fs';
import { access, mkdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { AppError } from '../errors.ts';
import { text } from '../i18n/index.ts';

const pending = new Set<string>();

/** Removes a temporary file; a folder of that name is the user's, not ours, and is left (rm refuses it). */
const removePart = (part: string): void => {
  try {
    rmSync(part, { force: true });
  } catch {
    // Left as it is: see above.
  }
};
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** Removes the temporary files, then lets the signal end the process as it would have (exit 130 for Ctrl-C). */
function onSignal(signal: NodeJS.Signals): void {
  for (const part of pending) removePart(part);
  pending.clear();
  for (const s of SIGNALS) process.off(s, onSignal);
  process.kill(process.pid, signal);
}

function track(part: string): void {
  if (pending.size === 0) for (const s of SIGNALS) process.on(s, onSignal);
  pending.add(part);
}

function untrack(part: string): void {
  pending.delete(part);
  if (pending.size === 0) for (const s of SIGNALS) process.off(s, onSignal);
}

/**
 * Refuses an output that is not a file to replace: a folder (EISDIR, as the command line tells it),
 * or a device or pipe (`--out /dev/full` was replaced by a regular file, the rename taking its name).
 */
export async function checkOutputFile(out: string): Promise<void> {
  const info = await stat(out).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (info === undefined) return;
  // A file its owner made read-only stays as it is: the rename would replace it where writing into
  // it was refused (EACCES, as before).
  if (info.isFile()) return access(out, constants.W_OK);
  if (info.isDirectory()) throw Object.assign(new Error(`EISDIR: ${out}`), { code: 'EISDIR', path: out });
  throw new AppError('invalid_request', text('write.notAFile', { path: out }));
}

/** An error about a temporary file names the output the user asked for. */
function nameOutput(error: unknown, part: string, out: string): unknown {
  const e = error as NodeJS.ErrnoException;
  if (e && typeof e === 'object' && e.path === part) e.path = out;
  return error;
}

/**
 * Writes `out` through `write`, which is given the temporary file's name to fill; `out` is replaced
 * only when `write` has finished. On failure the temporary file is removed and the error names `out`.
 */
export async function writeWhole(out: string, write: (part: string) => Promise<void>): Promise<void> {
  await checkOutputFile(out);
  const part = `${out}.part`;
  track(part);
  try {
    await write(part);
    await rename(part, out);
  } catch (error) {
    removePart(part);
    throw nameOutput(error, part, out);
  } finally {
    untrack(part);
  }
}

/** A text file (JSON, GraphML, GEXF), written whole. */
export const writeTextWhole = (out: string, content: string): Promise<void> => writeWhole(out, (part) => writeFile(part, content, 'utf8'));

/**
 * A streamed file (a workbook), written whole: resolves once it is on disk. An error opening or
 * writing the file (no such folder, no permission, a full disk) rejects instead of being thrown
 * outside the promise.
 */
export const writeStreamWhole = (out: string, write: (stream: Writable) => Promise<void>): Promise<void> =>
  writeWhole(out, async (part) => {
    const stream = createWriteStream(part);
    const failed = new Promise<never>((_, reject) => stream.once('error', reject));
    failed.catch(() => undefined);
    const closed = new Promise<void>((resolve) => stream.once('close', () => resolve()));
    try {
      await Promise.race([write(stream), failed]);
      await Promise.race([closed, failed]);
    } finally {
      stream.destroy();
    }
  });

/**
 * A folder of files (a dataset's CSV files), created if missing; other files in it are kept. Every
 * file is written to its temporary name first and the renames come last, so a failure part-way
 * leaves the folder's previous files as they were, not a dataset mixed of two.
 */
export async function writeFolderWhole(dir: string, files: ReadonlyMap<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  const targets = [...files.keys()].map((name) => path.join(dir, name));
  for (const out of targets) await checkOutputFile(out);
  const parts = targets.map((out) => `${out}.part`);
  for (const part of parts) track(part);
  try {
    for (const [i, content] of [...files.values()].entries()) {
      try {
        await writeFile(parts[i]!, content, 'utf8');
      } catch (error) {
        throw nameOutput(error, parts[i]!, targets[i]!);
      }
    }
    for (const [i, part] of parts.entries()) await rename(part, targets[i]!);
  } catch (error) {
    for (const part of parts) removePart(part);
    throw error;
  } finally {
    for (const part of parts) untrack(part);
  }
}
