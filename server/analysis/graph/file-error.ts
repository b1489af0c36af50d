// A problem in a posted graph file (CSV, GraphML, GEXF), located as `file:line:column: message`
// like the dataset validator's problems; a 400 naming the field `file.content`.
import { AppError } from '../../errors.ts';

export class GraphFileError extends AppError {
  constructor(file: string, line: number, column: number, reason: string) {
    super('invalid_parameter', `${file}:${line}:${column}: ${reason}`, { field: 'file.content', file, line, column, reason });
    this.name = 'GraphFileError';
  }
}

/** 1-based line and column of an offset in a text. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
