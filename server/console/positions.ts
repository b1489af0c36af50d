// Neo4j's messages about a console query name a position in the text it was given ("(line 1, column
// 16 (offset: 15))") and quote that line with a caret under the place. The text it is given is not
// the analyst's: planning prefixes `EXPLAIN `, and each checked `=~` pattern stands as a parameter
// (regex-operands.ts). This puts the position, the quoted line and the caret back in the text the
// analyst wrote, so that the message points at what they can see and edit.
import { Neo4jError } from 'neo4j-driver';
import type { CheckedQuery } from './check.ts';

/** The offset in the written text of `offset` in the text run; inside a parameter, the start of the pattern it stands for. */
export function writtenOffset(offset: number, patterns: CheckedQuery['patterns']): number {
  let shift = 0;
  for (const p of patterns) {
    if (offset < p.at) break;
    if (offset < p.at + p.reference.length) return p.from;
    shift = p.to - (p.at + p.reference.length);
  }
  return offset + shift;
}

/**
 * Neo4j's error with its position, quoted line and caret in the analyst's text. `prefix` is what
 * was put before the query (`EXPLAIN `). Errors without a position are left as they are.
 */
export function inWrittenTerms(error: unknown, checked: Pick<CheckedQuery, 'written' | 'patterns'>, prefix = ''): unknown {
  if (!(error instanceof Neo4jError)) return error;
  const position = /\(line (\d+), column (\d+) \(offset: (\d+)\)\)/.exec(error.message);
  if (!position) return error;
  const offset = Math.min(Math.max(0, writtenOffset(Number(position[3]) - prefix.length, checked.patterns)), checked.written.length);
  const before = checked.written.slice(0, offset);
  const line = before.split('\n').length;
  const lineStart = before.lastIndexOf('\n') + 1;
  const column = offset - lineStart + 1;
  const lineEnd = checked.written.indexOf('\n', offset);
  const quoted = checked.written.slice(lineStart, lineEnd < 0 ? checked.written.length : lineEnd).replace(/\r$/, '');
  let message = error.message.replace(position[0], `(line ${line}, column ${column} (offset: ${offset}))`);
  // The quoted line and its caret are the message's last two lines.
  message = message.replace(/\n"[^\n]*"\n *\^\s*$/, () => `\n"${quoted}"\n${' '.repeat(column - 1)}^`);
  error.message = message;
  return error;
}
