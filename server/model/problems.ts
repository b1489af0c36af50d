// A located problem in a dataset, and the error that carries the full list. Every problem names
// the file, the line (CSV line number, 1-based row number in a JSON bundle, row number in a
// worksheet) and the column (1-based column number in a CSV file, the field name in a JSON bundle,
// the column letter in a worksheet). A workbook problem also carries its cell as Excel writes it
// (`firms!D14`). Line 0 means the file as a whole (a missing file).

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

export const formatProblem = (p: Problem): string => {
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
