// Errors raised by the economic-complexity module. Input problems are located: a line (CSV line, or
// 1-based row number for rows given directly) and a column (1-based CSV column number, or the field
// name for rows given directly), so the CLI can print `file:line:column: message`.
import { AppError } from '../../errors.ts';

export class ComplexityInputError extends AppError {
  readonly line: number;
  readonly column: number | string;
  /** The problem without its location. */
  readonly reason: string;
  constructor(line: number, column: number | string, reason: string) {
    super('invalid_request', `${line}:${column}: ${reason}`, { line, column });
    this.name = 'ComplexityInputError';
    this.line = line;
    this.column = column;
    this.reason = reason;
  }
}
