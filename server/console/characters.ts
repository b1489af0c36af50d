// Refuses invisible control and format characters outside quoted text. Neo4j 5.26 treats U+001C-U+001F
// as whitespace, U+0085 and U+200B as parts of a name and U+2028 as whitespace that does not end a
// `//` comment; other Neo4j versions and other tools (Browser, editors, logs) disagree on several of
// them, and an analyst never needs them. Refusing them closes that whole family of disguises, whatever
// any one lexer does. Inside a string literal or a backtick-quoted name they are plain text and stay.
import { AppError } from '../errors.ts';
import { lineAndColumn, type Scan } from './lexer.ts';

const FORMAT = /^\p{Cf}$/u;

/** C0 and C1 controls except tab, line feed and carriage return; line and paragraph separators; format characters. */
const isDisguise = (cp: number): boolean =>
  (cp < 0x20 && cp !== 0x09 && cp !== 0x0a && cp !== 0x0d) || (cp >= 0x7f && cp <= 0x9f) || cp === 0x2028 || cp === 0x2029 || FORMAT.test(String.fromCodePoint(cp));

const NAMES: Record<number, string> = {
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x1c: 'file separator',
  0x1d: 'group separator',
  0x1e: 'record separator',
  0x1f: 'unit separator',
  0x85: 'next line',
  0xad: 'soft hyphen',
  0x200b: 'zero-width space',
  0x200c: 'zero-width non-joiner',
  0x200d: 'zero-width joiner',
  0x200e: 'left-to-right mark',
  0x200f: 'right-to-left mark',
  0x2028: 'line separator',
  0x2029: 'paragraph separator',
  0x2060: 'word joiner',
  0xfeff: 'byte order mark',
};

const describe = (cp: number): string => {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  return NAMES[cp] ? `the invisible character ${hex} (${NAMES[cp]})` : `the invisible control character ${hex}`;
};

/** Throws query_refused naming the first disguising character outside quotes, with its line and column. */
export function checkCharacters(query: string, { tokens }: Scan): void {
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
      throw new AppError(
        'query_refused',
        `the query contains ${describe(cp)} at line ${line}, column ${column}, outside quotes; Neo4j and other tools disagree on whether such a character ends a comment, separates words or joins them, so the console refuses it: use a plain space or line break (inside quotes it is fine)`,
        { line, column, codePoint: cp },
      );
    }
    i += cp > 0xffff ? 2 : 1;
  }
}
