// Groups repeated problems so a report stays readable: when one mistake repeats down a column
// (65 rows naming the same kind of unknown id, a whole column of text where numbers belong), the
// first few stay located one by one and the rest become one entry, "and 61 more like this".
// Few problems are never grouped, so independent mistakes are always each listed with their place.
import { text, type TextParam } from '../i18n/index.ts';
import { placeOfProblem, problem, setProblemText, type Problem } from './problems.ts';

/** Problems of one kind listed one by one before the rest are grouped. */
export const SHOWN_PER_KIND = 5;
/** A kind is grouped only from this many problems on. */
export const GROUP_FROM = 10;

/** Problems are "like" each other when they differ only in the values they quote and the numbers. */
const kindOf = (p: Problem): string =>
  `${p.file}\u0000${String(p.column)}\u0000${p.message.replace(/"[^"]*"/g, '"…"').replace(/\d+(\.\d+)?/g, '#')}`;

const place = (p: Pick<Problem, 'cell' | 'line'>): TextParam => p.cell ?? text('problem.place.line', { line: String(p.line) });

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
      // Its message is written once the group's last place is known (below).
      const summary = problem(placeOfProblem(p), text('problem.more', { n: '', first: '', last: '' }), total - SHOWN_PER_KIND);
      summaries.set(k, summary);
      out.push(summary);
    }
  }
  for (const [k, summary] of summaries) {
    setProblemText(summary, text('problem.more', { n: { grouped: summary.more! }, first: place(summary), last: place(last.get(k)!) }));
  }
  return out;
}
