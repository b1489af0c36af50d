// Whether a dataset is synthetic: every firm made by `rantai generate` (seed/generator), whose rows
// all name it as their source. Its figures are made up for testing at national scale, and read
// beside real ones they are implausible (USD 1.9 trillion of output a year, 2.5 times Indonesia's
// imports): the page and every export say so when this is true. Loaded by `rantai load`, uploaded
// or read from a folder alike, so it is decided on the rows, not on how they arrived.

/** The source every generated row names (the English column; source_id holds the Indonesian). */
export const GENERATED_SOURCE = 'synthetic (rantai generate)';

/** True when there is at least one firm and every firm's source is the generator's. */
export function isSynthetic(firms: Iterable<{ source?: unknown }>): boolean {
  let any = false;
  for (const f of firms) {
    if (typeof f.source !== 'string' || !f.source.startsWith(GENERATED_SOURCE.slice(0, -1))) return false;
    any = true;
  }
  return any;
}
