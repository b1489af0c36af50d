// A located problem in a dataset, and the error that carries the full list. Every problem names
// the file, the line (CSV line number, or 1-based row number in a JSON bundle) and the column
// (1-based column number in a CSV file, the field name in a JSON bundle).

export interface Problem {
  file: string;
  line: number;
  column: number | string;
  message: string;
}

export const formatProblem = (p: Problem): string => `${p.file}:${p.line}:${p.column}: ${p.message}`;

/** Thrown when a dataset breaks any rule; the dataset is rejected whole. */
export class DatasetError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    const head = problems.slice(0, 20).map(formatProblem).join('\n');
    const more = problems.length > 20 ? `\n… and ${problems.length - 20} more` : '';
    super(`dataset rejected: ${problems.length} problem(s)\n${head}${more}`);
    this.name = 'DatasetError';
    this.problems = problems;
  }
}
