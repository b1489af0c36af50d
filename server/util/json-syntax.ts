// Where a JSON text stops being JSON (RFC 8259), for an error message that names line and column.
// Node 20's JSON.parse says "Unexpected token '}', …" without a position, so after it fails this
// small checker walks the text once more and reports the first offending character. It is only
// run on texts already known to be invalid and no deeper than MAX_JSON_DEPTH (json-depth.ts), so
// its recursion is bounded.

/** What was expected where the text stopped being JSON (the words are the catalogue's `json.*`). */
export type JsonExpected = 'value' | 'string' | 'stringEnd' | 'colon' | 'commaBrace' | 'commaBracket' | 'anyValue' | 'end';

export interface JsonSyntaxError {
  /** 1-based line and column of the first character that cannot continue the JSON text. */
  line: number;
  column: number;
  /** What was expected there. */
  expected: JsonExpected;
}

class Stop extends Error {
  readonly at: number;
  readonly expected: JsonExpected;
  constructor(at: number, expected: JsonExpected) {
    super(expected);
    this.at = at;
    this.expected = expected;
  }
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const NUMBER = /-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/y;
// Control characters are exactly what a JSON string may not hold unescaped (RFC 8259, section 7).
// eslint-disable-next-line no-control-regex
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

function check(text: string): void {
  let i = 0;
  const ws = () => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  };
  const literal = (word: string) => {
    if (!text.startsWith(word, i)) throw new Stop(i, 'value');
    i += word.length;
  };
  const string = () => {
    if (text[i] !== '"') throw new Stop(i, 'string');
    STRING_BODY.lastIndex = i + 1;
    if (!STRING_BODY.exec(text)) {
      // Find the offending character: the first control character, bad escape or the end.
      let j = i + 1;
      while (j < text.length && text[j] !== '"' && text.charCodeAt(j) >= 0x20) j += text[j] === '\\' ? 2 : 1;
      throw new Stop(Math.min(j, text.length), 'stringEnd');
    }
    i = STRING_BODY.lastIndex;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        string();
        ws();
        if (text[i] !== ':') throw new Stop(i, 'colon');
        i++;
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === '}') {
          i++;
          return;
        }
        throw new Stop(i, 'commaBrace');
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value();
        ws();
        if (text[i] === ',') {
          i++;
          continue;
        }
        if (text[i] === ']') {
          i++;
          return;
        }
        throw new Stop(i, 'commaBracket');
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (!m || m[0] === '' || m[0] === '-') throw new Stop(i, 'anyValue');
    i += m[0].length;
  };
  value();
  ws();
  if (i < text.length) throw new Stop(i, 'end');
}

/** The first syntax error of `text`, or null when it is valid JSON. */
export function jsonSyntaxError(text: string): JsonSyntaxError | null {
  try {
    check(text);
    return null;
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    const before = text.slice(0, error.at).split('\n');
    return { line: before.length, column: before[before.length - 1]!.length + 1, expected: error.expected };
  }
}
