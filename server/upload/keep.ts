// The embedded store's uploads, kept on disk so a restart serves them (RANTAI_DATA_DIR, default
// .data/embedded/). One file, dataset.json: a first line with the provenance, then the dataset as
// a JSON bundle. It is written to a temporary file, flushed, and renamed over the old one, so a
// crash or kill at any moment leaves either the previous upload or the new one, never a mix.
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { datasetFromJsonText, DatasetError, formatProblem, type Dataset } from '../model/index.ts';
import { writeJsonInSlices } from '../util/json-in-slices.ts';

export const KEPT_FILE = 'dataset.json';

const keptAboutShape = z.object({ rantai: z.literal(1), name: z.string(), source: z.string(), loadedAt: z.string() });
export type KeptAbout = Omit<z.infer<typeof keptAboutShape>, 'rantai'>;

export async function keepDataset(dir: string, dataset: Dataset, about: KeptAbout): Promise<void> {
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, KEPT_FILE);
  const temp = path.join(dir, `.${KEPT_FILE}.${process.pid}.${Date.now()}.tmp`);
  const handle = await open(temp, 'w');
  try {
    await handle.writeFile(`${JSON.stringify({ rantai: 1, ...about })}\n`);
    // In pieces: one stringify of a national dataset held the main thread 2.2 s.
    await writeJsonInSlices(dataset, (text) => handle.writeFile(text));
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  await rename(temp, target);
  // The rename itself is durable once the folder is flushed (not possible on every platform).
  const folder = await open(dir, 'r').catch(() => null);
  await folder?.sync().catch(() => undefined);
  await folder?.close();
}

/** The kept upload, or null when nothing was uploaded; throws an Error naming the file when it cannot be read. */
export async function readKept(dir: string): Promise<{ dataset: Dataset; about: KeptAbout } | null> {
  const file = path.join(dir, KEPT_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  const cut = text.indexOf('\n');
  const broken = (why: string) => new Error(`the uploaded dataset kept in ${file} cannot be read (${why}); move the file away to start with the default dataset`);
  let about: KeptAbout;
  try {
    const { rantai: _format, ...rest } = keptAboutShape.parse(JSON.parse(text.slice(0, cut)));
    void _format;
    about = rest;
  } catch {
    throw broken('its first line is not the provenance record');
  }
  try {
    return { dataset: datasetFromJsonText(KEPT_FILE, text.slice(cut + 1)), about };
  } catch (error) {
    if (error instanceof DatasetError) throw broken(error.problems.slice(0, 3).map(formatProblem).join('; '));
    throw error;
  }
}
