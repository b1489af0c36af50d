// Errors raised by the economic-complexity module. Input problems are located: a line (CSV line, or
// 1-based row number for rows given directly) and a column (1-based CSV column number, or the field
// name for rows given directly), so the CLI can print `file:line:column: message`. The reason is a
// Text (server/i18n/messages/complexity.ts), so the API and the CLI tell it in the reader's language.
import { AppError } from '../../errors.ts';
import { render, text, type Lang, type Text } from '../../i18n/index.ts';

export class ComplexityInputError extends AppError {
  readonly line: number;
  readonly column: number | string;
  /** The problem without its location, in English. */
  readonly reason: string;
  readonly reasonText: Text;
  constructor(line: number, column: number | string, reason: Text) {
    super('invalid_request', text('complexity.at', { line: String(line), column: String(column), reason }), { line, column });
    this.name = 'ComplexityInputError';
    this.line = line;
    this.column = column;
    this.reason = render('en', reason);
    this.reasonText = reason;
  }

  /** The problem without its location, in a language. */
  reasonIn(lang: Lang): string {
    return render(lang, this.reasonText);
  }
}
