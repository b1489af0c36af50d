// Refuses invisible control and format characters outside quoted text. Neo4j 5.26 treats U+001C-U+001F
// as whitespace, U+0085 and U+200B as parts of a name and U+2028 as whitespace that does not end a
// `//` comment; other Neo4j versions and other tools (Browser, editors, logs) disagree on several of
// them, and an analyst never needs them. Refusing them closes that whole family of disguises, whatever
// any one lexer does. Inside a string literal or a backtick-quoted name they are plain text and stay.
import { AppError } from '../errors.ts';
import { lineAndColumn, type Scan } from './lexer.ts';
import { consoleMessages, type ConsoleLang } from './messages.ts';

const FORMAT = /^\p{Cf}$/u;

/** C0 and C1 controls except tab, line feed and carriage return; line and paragraph separators; format characters. */
const isDisguise = (cp: number): boolean =>
  (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || (cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029 || FORMAT.test(String.fromCodePoint(cp));

/** Throws query_refused naming the first disguising character outside quotes, with its line and column. */
export function checkCharacters(query: string, { tokens }: Scan, lang: ConsoleLang = 'en'): void {
  let quoted = 0;
  const quotedSpans = tokens.filter((t) => t.kind === 'string' || t.kind === 'quoted');
  for (let i = 0; i < query.length; ) {
    const span = quotedSpans[quoted];
    if (span && i >= span.at) {
      i = span.end;
      quoted++;
      continue;
    }
    const cp = query.codePointAt(i)!;
    if (isDisguise(cp)) {
      const { line, column } = lineAndColumn(query, i);
      throw new AppError('query_refused', consoleMessages(lang).invisible({ codePoint: cp, line, column }), { line, column, codePoint: cp });
    }
    i += cp > 0xffff ? 2 : 1;
  }
}
