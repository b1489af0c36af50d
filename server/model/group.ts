// Groups repeated problems so a report stays readable: when one mistake repeats down a column
// (65 rows naming the same kind of unknown id, a whole column of text where numbers belong), the
// first few stay located one by one and the rest become one entry, "and 61 more like this".
// Few problems are never grouped, so independent mistakes are always each listed with their place.
import type { Problem } from './problems.ts';

/** Problems of one kind listed one by one before the rest are grouped. */
export const SHOWN_PER_KIND = 5;
/** A kind is grouped only from this many problems on. */
export const GROUP_FROM = 10;

/** Problems are "like" each other when they differ only in the values they quote and the numbers. */
const kindOf = (p: Problem): string =>
  `${p.file}\u0000${String(p.column)}\u0000${p.message.replace(/"[^"]*"/g, '"…"').replace(/\d+(\.\d+)?/g, '#')}`;

const place = (p: Problem): string => p.cell ?? `line ${p.line}`;

export function groupProblems(problems: readonly Problem[]): Problem[] {
  const totals = new Map<string, number>();
  for (const p of problems) {
    const k = kindOf(p);
    totals.set(k, (totals.get(k) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  const last = new Map<string, Problem>();
  const summaries = new Map<string, Problem>();
  const out: Problem[] = [];
  for (const p of problems) {
    const k = kindOf(p);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    const total = totals.get(k)!;
    if (total < GROUP_FROM || n <= SHOWN_PER_KIND) {
      out.push(p);
      continue;
    }
    last.set(k, p);
    if (n === SHOWN_PER_KIND + 1) {
      const summary: Problem = { file: p.file, line: p.line, column: p.column, message: '', more: total - SHOWN_PER_KIND };
      if (p.cell) summary.cell = p.cell;
      summaries.set(k, summary);
      out.push(summary);
    }
  }
  for (const [k, summary] of summaries) {
    const first = { ...summary, more: undefined };
    const end = last.get(k)!;
    summary.message = `and ${summary.more!.toLocaleString('en')} more like this (${place(first as Problem)} to ${place(end)})`;
  }
  return out;
}
