// A located problem in a dataset, and the error that carries the full list. Every problem names
// the file, the line (CSV line number, 1-based row number in a JSON bundle, row number in a
// worksheet) and the column (1-based column number in a CSV file, the field name in a JSON bundle,
// the column letter in a worksheet). A workbook problem also carries its cell as Excel writes it
// (`firms!D14`). Line 0 means the file as a whole (a missing file).
//
// Each problem is raised with a Text (its code, the catalogue key under server/i18n/messages/
// dataset.ts or upload.ts, and its parameters); `message` is its English, what the JSON answer and
// `rantai validate` have always shown. The Text is kept beside the problem, not in it, so the
// problem's JSON stays {file, line, column, message, cell?, more?}: whoever answers (the upload
// route, the CLI) writes the list in the reader's language with localiseProblems().
import { render, type Lang, type Text } from '../i18n/index.ts';

export interface Problem {
  file: string;
  line: number;
  column: number | string;
  message: string;
  /** For a workbook: the cell, e.g. `firms!D14` (file is then the sheet's name). */
  cell?: string;
  /** For a grouped entry ("and 61 more like this"): how many problems it stands for (61). */
  more?: number;
}

/** Where a problem is; `fileText` when the file's own name has words in it ("sheet countries"). */
export interface ProblemPlace {
  file: string;
  line: number;
  column: number | string;
  cell?: string;
  fileText?: Text;
}

interface Said {
  text: Text;
  fileText?: Text;
}

const SAID = new WeakMap<Problem, Said>();

/** A problem at a place, its message the Text's English. */
export function problem(place: ProblemPlace, text: Text, more?: number): Problem {
  const p: Problem = { file: place.file, line: place.line, column: place.column, message: render('en', text) };
  if (place.cell !== undefined) p.cell = place.cell;
  if (more !== undefined) p.more = more;
  SAID.set(p, place.fileText ? { text, fileText: place.fileText } : { text });
  return p;
}

/** The message of a problem as a Text (its code and parameters), when it was raised with one. */
export const problemText = (p: Problem): Text | undefined => SAID.get(p)?.text;

/** Where a problem is (with its file's Text, when it has one). */
export function placeOfProblem(p: Problem): ProblemPlace {
  const place: ProblemPlace = { file: p.file, line: p.line, column: p.column };
  if (p.cell !== undefined) place.cell = p.cell;
  const fileText = SAID.get(p)?.fileText;
  if (fileText) place.fileText = fileText;
  return place;
}

/** A problem's file as a parameter of another message ("already used at {file}:{line}"). */
export const fileParam = (place: ProblemPlace): Text | string => place.fileText ?? place.file;

/** Gives a grouped entry's message once the whole group is known. */
export function setProblemText(p: Problem, text: Text): void {
  p.message = render('en', text);
  SAID.set(p, { ...SAID.get(p), text });
}

/** The same problem with its message (and its file's name, when that has words) in `lang`. */
export function localiseProblem(p: Problem, lang: Lang): Problem {
  const said = SAID.get(p);
  if (!said || lang === 'en') return p;
  const out: Problem = { ...p, message: render(lang, said.text) };
  if (said.fileText) out.file = render(lang, said.fileText);
  SAID.set(out, said);
  return out;
}

export const localiseProblems = (problems: readonly Problem[], lang: Lang): Problem[] => problems.map((p) => localiseProblem(p, lang));

/** `file:line:column: message` (`sheet!cell: message` in a workbook), in English. */
export const formatProblem = (problem: Problem): string => formatProblemIn(problem, 'en');

/** formatProblem in a language. */
export const formatProblemIn = (problem: Problem, lang: Lang): string => {
  const p = localiseProblem(problem, lang);
  if (p.cell) return `${p.cell}: ${p.message}`;
  // A file-level problem whose message already starts with the file's name ("clusters.csv is missing").
  if (p.line === 0) return p.message.startsWith(p.file) ? p.message : `${p.file}: ${p.message}`;
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
};

/** How many problems a list stands for (a grouped problem counts for all it groups). */
export const problemCount = (problems: readonly Problem[]): number => problems.reduce((n, p) => n + (p.more ?? 1), 0);

/** Thrown when a dataset breaks any rule; the dataset is rejected whole. */
export class DatasetError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const total = problemCount(problems);
    const head = problems.slice(0, 20).map(formatProblem).join('\n');
    const more = problems.length > 20 ? `\n… and ${problems.length - 20} more` : '';
    super(`dataset rejected: ${total} problem(s)\n${head}${more}`);
    this.name = 'DatasetError';
    this.problems = problems;
  }

  /** Every problem the list stands for, counting those a grouped entry summarises. */
  get total(): number {
    return problemCount(this.problems);
  }
}
