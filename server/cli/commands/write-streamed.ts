// Writes a streamed file (a workbook) and waits until it is on disk; an error opening or writing
// the file (no such folder, no permission) rejects instead of being thrown outside the promise.
import type { WriteStream } from 'node:fs';
import type { Writable } from 'node:stream';

export async function writeStreamed(out: WriteStream, write: (out: Writable) => Promise<void>): Promise<void> {
  const failed = new Promise<never>((_, reject) => out.once('error', reject));
  const closed = new Promise<void>((resolve) => out.once('close', () => resolve()));
  await Promise.race([write(out), failed]);
  await Promise.race([closed, failed]);
}
