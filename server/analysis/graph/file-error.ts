// A problem in a posted graph file (CSV, GraphML, GEXF), located as `file:line:column: message`
// like the dataset validator's problems; a 400 naming the field `file.content`. The reason is a
// catalogue Text, so the sentence is told in the reader's language, in the message and in
// details.reason alike; what clients match on stays the same in both: the place, and `reasonKey`,
// the catalogue key of the reason (graph.file.*).
import { AppError } from '../../errors.ts';
import { render, text, type Lang, type Text } from '../../i18n/index.ts';

export class GraphFileError extends AppError {
  /** Where and why, as given: the error is built again from them on the other side of a worker (off-thread.ts). */
  readonly place: { file: string; line: number; column: number; reason: Text };
  constructor(file: string, line: number, column: number, reason: Text) {
    // Line and column as plain digits: a place reads alike in both languages (no "1.234").
    const details = (lang: Lang) => ({ field: 'file.content', file, line, column, reason: render(lang, reason), reasonKey: reason.key });
    super('invalid_parameter', text('graph.file.at', { file, line: String(line), column: String(column), reason }), details('en'), { detailsIn: details });
    this.name = 'GraphFileError';
    this.place = { file, line, column, reason };
  }
}

/** 1-based line and column of an offset in a text. */
export function positionOf(content: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = content.indexOf('\n'); i >= 0 && i < offset; i = content.indexOf('\n', i + 1)) {
    line++;
    start = i + 1;
  }
  return { line, column: offset - start + 1 };
}
