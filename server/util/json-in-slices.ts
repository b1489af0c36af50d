// JSON.stringify of a whole dataset on the main thread holds every other request until it ends:
// keeping a national upload on disk (server/upload/keep.ts) spent 2.2 s in one stringify and the
// conversion of its ~100 MB string to bytes. This writes the same text in pieces instead, a few
// thousand rows at a time, yielding to the event loop when a slice is used up.
import { Slicer } from './yield.ts';

/** Rows stringified at once, and text gathered before it is handed to `write`. */
const ROWS_PER_PIECE = 2_000;
const WRITE_CHARS = 1 << 20;

/**
 * Writes JSON.stringify(record) through `write`, byte for byte the same text, for a record whose
 * values are arrays (cut into pieces) or anything JSON.stringify takes whole. Keys whose value is
 * undefined are left out, as JSON.stringify leaves them.
 */
export async function writeJsonInSlices(record: Readonly<Record<string, unknown>>, write: (text: string) => Promise<unknown>): Promise<void> {
  const slicer = new Slicer();
  let pending = '';
  const put = async (text: string) => {
    pending += text;
    if (pending.length >= WRITE_CHARS) {
      const out = pending;
      pending = '';
      await write(out);
    }
    await slicer.maybeYield();
  };
  await put('{');
  let first = true;
  for (const [key, value] of Object.entries(record)) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    await put(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (!Array.isArray(value)) {
      await put(JSON.stringify(value));
      continue;
    }
    await put('[');
    for (let at = 0; at < value.length; at += ROWS_PER_PIECE) {
      // Each piece without its own brackets, the pieces joined by commas.
      await put(`${at === 0 ? '' : ','}${JSON.stringify(value.slice(at, at + ROWS_PER_PIECE)).slice(1, -1)}`);
    }
    await put(']');
  }
  await put('}');
  if (pending !== '') await write(pending);
}
